using Explainer.Content;

namespace Explainer.Markdown;

/// <summary>
/// Finds Markdown nested deeper than <see cref="InputLimits.MaxMarkdownDepth"/> before Markdig sees it: Markdig throws past its
/// own depth limit (200 '&gt;' on a line, 500 '['), and the error should name the line, not crash the build.
/// </summary>
public static class MarkdownDepth
{
    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("[(<])>");
    private static readonly System.Buffers.SearchValues<char> EmphasisMarks = System.Buffers.SearchValues.Create("*_");

    /// <summary>
    /// The 0-based line and column where nesting first goes too deep, or null when it never does. Lines inside a fenced code block
    /// that starts in the first column are not counted: Markdig keeps them as they are (a pasted e-mail thread of '&gt; &gt; &gt;',
    /// a JSON line of '['), and such a fence cannot belong to a quote or a list whose nesting would go on below it.
    /// </summary>
    public static (int Line, int Column)? FindTooDeep(string markdown)
    {
        var line = 0;
        var lineStart = 0;
        (char Mark, int Length)? fence = null;
        while (lineStart <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            if (end < 0) end = markdown.Length;
            var text = markdown.AsSpan(lineStart, end - lineStart);
            if (fence is { } open)
            {
                if (Closes(text, open)) fence = null;
            }
            else if (Opens(text) is { } opened)
            {
                fence = opened;
            }
            else
            {
                var column = TooDeepColumn(text);
                if (column >= 0) return (line, column);
            }
            line++;
            lineStart = end + 1;
        }
        return null;
    }

    /// <summary>A fence that opens a code block in the first column: three or more '`' (with no '`' after them) or '~'.</summary>
    private static (char Mark, int Length)? Opens(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('`' or '~')) return null;
        var mark = text[0];
        var length = text.Length - text.TrimStart(mark).Length;
        if (length < 3 || (mark == '`' && text[length..].Contains('`'))) return null;
        return (mark, length);
    }

    /// <summary>A closing fence: up to three spaces, at least as many of the same mark, then nothing but blanks.</summary>
    private static bool Closes(ReadOnlySpan<char> text, (char Mark, int Length) fence)
    {
        var indent = text.Length - text.TrimStart(' ').Length;
        if (indent > 3) return false;
        var rest = text[indent..];
        var length = rest.Length - rest.TrimStart(fence.Mark).Length;
        return length >= fence.Length && rest[length..].IsWhiteSpace();
    }

    /// <summary>
    /// The 0-based line holding the most '*' and '_', and the column of its first one: where a long run of unclosed emphasis most
    /// likely is, when Markdig reports its depth limit without a position. (0, 0) when there is none.
    /// </summary>
    public static (int Line, int Column) MostEmphasisMarks(string markdown)
    {
        var (best, bestLine, bestColumn) = (0, 0, 0);
        var line = 0;
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            if (end < 0) end = markdown.Length;
            var text = markdown.AsSpan(lineStart, end - lineStart);
            var marks = text.Count('*') + text.Count('_');
            if (marks > best) (best, bestLine, bestColumn) = (marks, line, Math.Max(text.IndexOfAny(EmphasisMarks), 0));
            line++;
            lineStart = end + 1;
        }
        return (bestLine, bestColumn);
    }

    /// <summary>Counts block containers opened at the start of a line (quotes, list markers) and unmatched brackets and
    /// emphasis-like openers across it; returns the column where the count passes the limit, or -1.</summary>
    private static int TooDeepColumn(ReadOnlySpan<char> text)
    {
        var containers = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t') continue;
            // A list marker counts only when a space follows it, so a long '-----' rule is not a deep list.
            var spaced = i + 1 == text.Length || text[i + 1] is ' ' or '\t';
            if (c == '>' || (c is '-' or '*' or '+' && spaced)) containers++;
            else if (char.IsAsciiDigit(c)) continue;
            else if (c is '.' or ')' && spaced && i > 0 && char.IsAsciiDigit(text[i - 1])) containers++;
            else break;
            if (containers > InputLimits.MaxMarkdownDepth) return i;
        }

        var brackets = 0;
        for (var j = 0; j < text.Length; j++)
        {
            // Jump to the next bracket (vectorised): most of a line is text.
            var skip = text[j..].IndexOfAny(Brackets);
            if (skip < 0) break;
            j += skip;
            switch (text[j])
            {
                case '[' or '(' or '<':
                    if (++brackets > InputLimits.MaxMarkdownDepth * 3) return j;
                    break;
                case ']' or ')' or '>':
                    if (brackets > 0) brackets--;
                    break;
            }
        }
        return -1;
    }
}
