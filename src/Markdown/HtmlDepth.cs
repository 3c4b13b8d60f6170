using Explainer.Content;

namespace Explainer.Markdown;

/// <summary>
/// Counts how deeply raw HTML nests across the fragments of one Markdown document, in order. HTML parsers (AngleSharp, under
/// the sanitizer) take time that grows with the square of the depth: 50,000 nested &lt;div&gt; took 94 s. Past
/// <see cref="InputLimits.MaxHtmlDepth"/> the document is refused before any parser sees it.
/// </summary>
public sealed class HtmlDepth
{
    // Elements that never hold others, or whose end tag is optional and which close their open siblings (<p>, <li>, …).
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    private int _depth;

    /// <summary>Adds one fragment's tags; returns the index in it where nesting goes too deep, or -1.</summary>
    public int Add(string html)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) continue;
            if (NotNesting.Contains(html[start..end])) continue;

            if (closing)
            {
                if (_depth > 0) _depth--;
                continue;
            }
            var close = html.IndexOf('>', end);
            if (close > 0 && html[close - 1] == '/') continue; // <tag/>
            if (++_depth > InputLimits.MaxHtmlDepth) return i;
        }
        return -1;
    }
}
