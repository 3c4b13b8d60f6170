using System.Buffers;
using Explainer.Content;

namespace Explainer.Markdown;

/// <summary>
/// The HTML Markdig makes of a text that is one plain paragraph: one line holding no character Markdown (with the site's
/// extensions) gives a meaning to, as most FAQ answers are. Made here, without a Markdig parse: a 10,000-entry site has ~30,000
/// answers, and parsing them was ~1.5% of a build's CPU samples. Anything else gives null and goes through Markdig as before;
/// <c>PlainParagraphTests</c> compares the two on generated texts.
/// </summary>
public static class PlainParagraph
{
    // Emphasis and its extras, code, links, images, footnotes, raw HTML, entities, escapes, tables, headings; ':' and '@' as well,
    // so that nothing near an address is taken; and line breaks, tabs and every other control character (C0, DEL and C1).
    private static readonly SearchValues<char> MarkupOrControl = CharRange.Of([('\0', '\u001F'), ('\u007F', '\u009F')], "*_`[]!<>&\\|~^+=#:@");

    /// <summary>The paragraph's HTML, or null when the text may be anything else.</summary>
    public static string? TryRender(string markdown)
    {
        var text = markdown.AsSpan();
        // Markdig trims a paragraph's line; four spaces in front would make a code block.
        if (text.IsEmpty || text[0] == ' ' || text[^1] == ' ') return null;
        if (text.ContainsAny(MarkupOrControl) || BareAddresses.HasMarker(text) || StartsABlock(text))
            return null;
        // Markdig writes text HTML-escaped; of <, >, & and ", only " can be here.
        var quotes = text.Count('"');
        return quotes == 0 ? "<p>" + markdown + "</p>\n" : "<p>" + markdown.Replace("\"", "&quot;") + "</p>\n";
    }

    /// <summary>
    /// A line that opens a list (<c>-</c>, <c>1.</c>, <c>a)</c>, <c>iv.</c>: the list extension takes letters and roman numerals),
    /// a quote or a thematic break; to stay on the safe side, any first word of letters or digits followed by '.' or ')'.
    /// </summary>
    private static bool StartsABlock(ReadOnlySpan<char> text)
    {
        if (text[0] is '-' or '>' or '.' or ')') return true;
        var word = 0;
        while (word < text.Length && char.IsAsciiLetterOrDigit(text[word])) word++;
        return word < text.Length && text[word] is '.' or ')';
    }
}
