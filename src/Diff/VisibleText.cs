using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Diff;

/// <summary>The text a reader sees on an HTML page, one line per block (heading, paragraph, list item, table row), with the
/// page title first; markup, scripts and styles are left out, so a diff shows what changed for readers, not in the HTML.</summary>
public static class VisibleText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "svg" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "td", "th", "tr", "ul",
    };

    public static IReadOnlyList<string> Lines(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new System.Text.StringBuilder();
        if (!string.IsNullOrWhiteSpace(document.Title)) text.Append("Title: ").Append(document.Title).Append('\n');
        if (document.Body is not null) Append(document.Body, text);
        return text.ToString().Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0)
            .ToList();
    }

    private static void Append(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Hidden.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block) text.Append('\n');
                    Append(e, text);
                    if (block) text.Append('\n');
                    break;
            }
        }
    }
}
