using Explainer.Content;

namespace Explainer.Markdown;

/// <summary>
/// Finds a paragraph crowded with links and tags before Markdig sees it. Markdig's bare-URL autolinks and the HTML sanitizer
/// both take time that grows with the square of the links or tags in one paragraph (40,000 bare URLs: minutes; 50,000
/// inline &lt;b&gt;: 20 s), while the same number spread over paragraphs or list items is fast.
/// </summary>
public static class CrowdedParagraphs
{
    /// <summary>The 0-based line where a paragraph first passes <see cref="InputLimits.MaxInlineMarkupPerParagraph"/>, or null.</summary>
    public static int? Find(string markdown)
    {
        var count = 0;
        var paragraphStart = 0;
        var line = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var text = markdown.AsSpan(start, end - start);
            if (text.IsWhiteSpace())
            {
                count = 0;
                paragraphStart = line + 1;
            }
            else
            {
                count += text.Count('<') + text.Count("://") + text.Count("www.");
                if (count > InputLimits.MaxInlineMarkupPerParagraph) return paragraphStart;
            }
            line++;
            start = end + 1;
        }
        return null;
    }
}
