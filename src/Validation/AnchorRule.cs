using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Output;

namespace Explainer.Validation;

/// <summary>
/// Checks the <c>#anchor</c> of every root-relative link against the ids of the page it points to, as rendered; a missing page
/// is <see cref="InternalLinkValidator"/>'s to report. Only pages that some link points into are scanned.
/// </summary>
public static partial class AnchorRule
{
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<InternalLink> links, IEnumerable<OutputFile> files)
    {
        var withFragment = links.Select(l => (Link: l, Target: Target(l.Target))).Where(t => t.Target.Fragment.Length > 0).ToList();
        if (withFragment.Count == 0) return [];

        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (link, (page, fragment)) in withFragment)
        {
            var path = PagePath(page, pages);
            if (path is null) continue;
            if (!ids.TryGetValue(path, out var known)) ids[path] = known = IdsOf(pages[path].Bytes);
            if (known.Contains(fragment)) continue;

            var closest = Suggestions.Closest(fragment, known);
            var hint = closest is not null
                ? $"did you mean '#{closest}'? Anchors are made from the heading or question text"
                : "open the page, and copy the link of the heading or question you mean";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenAnchor, link.Location,
                $"the link '{link.Target}' points to '#{fragment}', which is not on that page", hint));
        }
        return diagnostics;
    }

    private static (string Page, string Fragment) Target(string target)
    {
        var hash = target.IndexOf('#');
        if (hash < 0) return (target, "");
        var page = target[..hash].Split('?')[0].TrimStart('/');
        return (page, Uri.UnescapeDataString(target[(hash + 1)..]));
    }

    private static string? PagePath(string page, Dictionary<string, OutputFile> pages)
    {
        foreach (var candidate in new[] { page, page.TrimEnd('/') + "/index.html", page.Length == 0 ? "index.html" : page + "index.html" })
            if (pages.ContainsKey(candidate)) return candidate;
        return null;
    }

    private static HashSet<string> IdsOf(byte[] html) =>
        IdAttribute().Matches(Encoding.UTF8.GetString(html)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("""\sid=(?:"([^"]*)"|'([^']*)')""")]
    private static partial Regex IdAttribute();
}
