using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Whether Markdig's autolink extension could turn some of a text into a link. The extension links <c>http://</c>,
/// <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c> and <c>www.</c> where they start a word, and it is tried at every
/// h, f, m, t and w of ordinary text: more than half of the time Markdig took over 10,000 entries' bodies, most of which hold no
/// bare address. So a text is parsed without the extension first, and parsed again with it only when it holds such an address
/// outside what that parse consumed whole: a link's or a link definition's destination, an <c>&lt;autolink&gt;</c>, a code span
/// or block, raw HTML. The extension never sees inside those, so until it links something both parses are the same.
/// </summary>
public static class BareAddresses
{
    // A superset of the extension's prefixes, in any case: "://" stands for every scheme written before it. Searched for together
    // (string.IndexOf with OrdinalIgnoreCase takes a character-by-character path when globalization is invariant, as here: ~5% of
    // a 10,000-entry build's CPU samples for four searches over every body). No two start with the same character.
    private static readonly string[] Markers = ["://", "www.", "mailto:", "tel:"];
    private static readonly System.Buffers.SearchValues<string> AnyMarker = System.Buffers.SearchValues.Create(Markers, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="markdown"/> must be parsed with the extension; <paramref name="parsedWithout"/> is its parse without it.</summary>
    public static bool MayLink(string markdown, MarkdownDocument parsedWithout)
    {
        List<SourceSpan>? consumed = null;
        for (var at = markdown.AsSpan().IndexOfAny(AnyMarker); at >= 0; at = Next(markdown, at + 1))
        {
            // A match that starts with none of them (no such character is known) is taken for a bare address: parsing again is always safe.
            if (MarkerAt(markdown[at]) is not { } marker) return true;
            var start = marker == "://" ? SchemeStart(markdown, at) : at;
            var end = at + marker.Length - 1;
            consumed ??= Consumed(markdown, parsedWithout);
            if (!Covered(consumed, start, end)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds anything the extension could start a link at (before asking where the parse put it).</summary>
    public static bool HasMarker(ReadOnlySpan<char> text) => text.IndexOfAny(AnyMarker) >= 0;

    private static int Next(string markdown, int from) => markdown.AsSpan(from).IndexOfAny(AnyMarker) is var found and >= 0 ? from + found : -1;

    /// <summary>The marker found starting with <paramref name="first"/> (their first characters differ).</summary>
    private static string? MarkerAt(char first) => char.ToLowerInvariant(first) switch
    {
        ':' => Markers[0],
        'w' => Markers[1],
        'm' => Markers[2],
        't' => Markers[3],
        _ => null,
    };

    /// <summary>
    /// Whether one of the spans, sorted by start, covers <paramref name="start"/> to <paramref name="end"/>. They do not overlap
    /// (nothing the parse takes whole holds another), so only the last one starting at or before <paramref name="start"/> can:
    /// a binary search, where trying every span made a text of 20,000 links take ~0.4 s. Were two to overlap, an address could only
    /// be taken for a bare one, and the text parsed again.
    /// </summary>
    private static bool Covered(List<SourceSpan> spans, int start, int end)
    {
        int low = 0, high = spans.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start <= start)
            {
                last = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        return last >= 0 && end <= spans[last].End;
    }

    /// <summary>Where the letters before <c>://</c> begin ("https" in "see https://…").</summary>
    private static int SchemeStart(string text, int colon)
    {
        var start = colon;
        while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        return start;
    }

    /// <summary>
    /// The stretches of source the parse took whole, each checked against the text it should start with: a span that does not
    /// fit its source is left out, so an address in it counts as bare and the text is parsed again (never the other way).
    /// </summary>
    private static List<SourceSpan> Consumed(string markdown, MarkdownDocument document)
    {
        var spans = new List<SourceSpan>();
        foreach (var node in document.Descendants())
        {
            var span = node switch
            {
                LinkInline { IsAutoLink: false } link when Holds(markdown, link.UrlSpan, link.Url) => link.UrlSpan,
                LinkReferenceDefinition definition when Holds(markdown, definition.UrlSpan, definition.Url) => definition.UrlSpan,
                AutolinkInline or HtmlInline when StartsWith(markdown, node.Span, '<') => node.Span,
                CodeInline when StartsWith(markdown, node.Span, '`') => node.Span,
                CodeBlock or HtmlBlock when Fits(markdown, node.Span) => node.Span,
                _ => SourceSpan.Empty,
            };
            if (!span.IsEmpty) spans.Add(span);
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static bool Holds(string markdown, SourceSpan span, string? url) =>
        url is not null && Fits(markdown, span) && markdown.AsSpan(span.Start, span.Length).SequenceEqual(url);

    private static bool StartsWith(string markdown, SourceSpan span, char first) => Fits(markdown, span) && markdown[span.Start] == first;

    /// <summary>A span inside the text: contributed text is untrusted, and a parser's span that is not must not stop the build.</summary>
    private static bool Fits(string markdown, SourceSpan span) =>
        !span.IsEmpty && span.Start >= 0 && span.Start <= span.End && span.End < markdown.Length;
}
