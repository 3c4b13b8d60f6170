namespace Explainer.Markdown;

/// <summary>
/// Markdig numbers every text's footnotes from 1 (<c>id="fn:1"</c>, <c>id="fnref:1"</c>). An entry page shows the body and each
/// FAQ answer, and the corrections page every correction, so two texts with footnotes gave two elements the same id, and a
/// note's link jumped to another text's note. Texts that share a page with others get their ids prefixed with a name unique
/// on the site (the question's anchor; the correction's owner and place).
/// </summary>
public static class FootnoteIds
{
    /// <summary><paramref name="html"/> with its footnote ids and the links to them prefixed with <paramref name="scope"/>.</summary>
    public static string Scoped(string html, string scope) =>
        !html.Contains("class=\"footnote", StringComparison.Ordinal) ? html : html
            .Replace("id=\"fn:", $"id=\"{scope}-fn:", StringComparison.Ordinal)
            .Replace("id=\"fnref:", $"id=\"{scope}-fnref:", StringComparison.Ordinal)
            .Replace("href=\"#fn:", $"href=\"#{scope}-fn:", StringComparison.Ordinal)
            .Replace("href=\"#fnref:", $"href=\"#{scope}-fnref:", StringComparison.Ordinal);
}
