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
    /// <summary>The output paths a link's <c>#anchor</c> may point into: only these pages' ids are collected while rendering.</summary>
    public static IReadOnlySet<string> PagesToScan(IEnumerable<InternalLink> links) =>
        links.Select(l => Target(l.Target)).Where(t => t.Fragment.Length > 0).SelectMany(t => Candidates(t.Page)).ToHashSet(StringComparer.Ordinal);

    /// <param name="idsByPage">The ids of each rendered page in <see cref="PagesToScan"/>; a page not rendered in this build is skipped.</param>
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<InternalLink> links, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByPage)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var link in links)
        {
            var (page, fragment) = Target(link.Target);
            if (fragment.Length == 0) continue;
            var path = Candidates(page).FirstOrDefault(idsByPage.ContainsKey);
            if (path is null) continue;
            var known = idsByPage[path];
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

    private static IEnumerable<string> Candidates(string page) =>
        [page, page.TrimEnd('/') + "/index.html", page.Length == 0 ? "index.html" : page + "index.html"];

    public static IReadOnlySet<string> IdsOf(string html) =>
        IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("""\sid=(?:"([^"]*)"|'([^']*)')""")]
    private static partial Regex IdAttribute();
}
