using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Explainer.Tests.Support;

/// <summary>
/// axe-core (the version Deque.AxeCore pins) run over a whole page in one call: every rule, violations only. Deque's own runner
/// runs axe in each frame on its own and combines the results afterwards (runPartial, finishRun), for pages with cross-origin
/// frames; this site has none, and that runner took 3-4.5 s per check here against well under 1 s for one call (the page-type
/// sweep in CorePagesTests: 90 s before, 41 s after). AccessibilityCheckTests checks that both find the same violations.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> Axe = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Node(string Html);

    public sealed record Violation(string Id, string Help, Node[] Nodes);

    public sealed record Result(Violation[] Violations);

    /// <summary>
    /// Puts axe into every page the context opens, before the page's own scripts: sent to the browser once per context
    /// instead of once per check (evaluating the 500 KB script in a page took ~0.9 s of each check's ~1.3 s).
    /// </summary>
    public static Task AddAxeAsync(this IBrowserContext context) => context.AddInitScriptAsync(Axe.Value);

    /// <summary>The page's accessibility violations (evaluated, not added as a script, so the site's strict CSP does not block it).</summary>
    public static async Task<Result> CheckAccessibility(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(Axe.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => ({ html: n.html })) }))
            """);
        return new Result(json.Deserialize<Violation[]>(Json)!);
    }
}
