using Explainer.Diagnostics;

namespace Explainer.Validation;

/// <summary>
/// A relative link (<c>../parties/qoder</c>, <c>x.md</c>) resolves against the page it ends up on, not the file it is written in,
/// so it breaks once published; this names the root-relative link to write instead.
/// </summary>
public static class RelativeLinkRule
{
    public static Diagnostic Report(string url, SourceLocation location) =>
        Diagnostic.Error(DiagnosticCodes.RelativeLink, location,
            $"the link '{url}' is relative, so it would point somewhere else on every page that shows it",
            $"write it from the site root: {Suggestion(url)}");

    /// <summary>The root-relative form of a relative link: folders climbed and '.md' dropped, e.g. <c>../parties/qoder.md</c> → <c>/parties/qoder/</c>.</summary>
    public static string Suggestion(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var (path, rest) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s is not "." and not "..").ToList();
        if (segments.Count == 0) return "/entries/<slug>/ or /parties/<id>/";
        var last = segments[^1];
        if (last.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) segments[^1] = last[..^3];
        else if (last.Contains('.')) return "/" + string.Join('/', segments) + rest;

        if (segments[0] is "entries" or "parties" or "tags" or "faq" or "timeline" or "search")
        {
            // A year folder is where the file lives, not part of the page's address.
            if (segments[0] == "entries" && segments.Count == 3 && segments[1].All(char.IsAsciiDigit)) segments.RemoveAt(1);
            return "/" + string.Join('/', segments) + "/" + rest;
        }
        var name = segments[^1];
        return $"/entries/{name}/{rest} (an entry) or /parties/{name}/{rest} (a party)";
    }
}
