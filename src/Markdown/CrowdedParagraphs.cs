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
            // A blank line, a list item, a quote, a heading or a table row starts a block Markdig parses on its own.
            if (text.IsWhiteSpace() || StartsBlock(text.TrimStart()))
            {
                count = 0;
                paragraphStart = text.IsWhiteSpace() ? line + 1 : line;
            }
            if (!text.IsWhiteSpace())
            {
                count += text.Count('<') + text.Count("://") + text.Count("www.");
                if (count > InputLimits.MaxInlineMarkupPerParagraph) return paragraphStart;
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    private static bool StartsBlock(ReadOnlySpan<char> line) =>
        line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("+ ") || line.StartsWith("> ") || line.StartsWith("#")
        || line.StartsWith("|") || (line.Length > 2 && char.IsAsciiDigit(line[0]) && line.IndexOfAny('.', ')') is > 0 and < 10);
}
