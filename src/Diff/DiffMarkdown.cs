using System.Text;
using DiffPlex.DiffBuilder.Model;
using Explainer.Diagnostics;

namespace Explainer.Diff;

/// <summary>
/// Renders a <see cref="SiteComparison"/> as Markdown for a run summary or a pull-request comment: pages added, removed and
/// changed, then a text diff per changed page with a little context. Page text is contributed content, so it is only ever
/// placed inside code fences longer than any backtick run in it, and titles are escaped: it cannot add links, images or markup.
/// </summary>
public static class DiffMarkdown
{
    private const int Context = 2;
    private const int MaxLinesPerPage = 80;

    /// <param name="maxChars">Stop adding page diffs beyond this size (a pull-request comment holds at most 65,536 characters).</param>
    public static string Render(SiteComparison comparison, int maxChars = 60_000)
    {
        var text = new StringBuilder();
        text.Append($"## Site changes: {Count(comparison.Changed.Count, "page")} changed, {comparison.Added.Count} added, {comparison.Removed.Count} removed\n\n");
        if (comparison.IsEmpty)
        {
            text.Append("No page's visible text changed.\n");
            return text.ToString();
        }
        text.Append("Compared by the text readers see on each page (not the HTML).\n\n");
        // The three lists take at most half the room, a sixth each: a change to every page (the site's title, a template) lists
        // thousands, and the comment and the run's summary must still hold the other lists and some page diffs to read.
        var listRoom = maxChars / 6;
        List("Added", comparison.Added.Select(url => $"- {Code(url)}\n").ToList(), "added page", text, listRoom);
        List("Removed", comparison.Removed.Select(url => $"- {Code(url)}\n").ToList(), "removed page", text, listRoom);
        List("Changed", comparison.Changed.Select(page => $"- {Code(page.Url)} {Escape(page.Title)}\n").ToList(), "changed page", text, listRoom);

        var shown = GitHubMarkdown.AppendWhileFits(text, comparison.Changed.Select(Section), maxChars - text.Length, section => section.Length);
        if (shown < comparison.Changed.Count)
            text.Append($"*{Count(comparison.Changed.Count - shown, "more changed page")} not shown here, to stay within GitHub's size limit.*\n");
        return text.ToString();
    }

    /// <summary>A heading and as many of its lines as fit in <paramref name="room"/> characters, then how many are left out.</summary>
    private static void List(string heading, IReadOnlyList<string> lines, string what, StringBuilder text, int room)
    {
        if (lines.Count == 0) return;
        text.Append($"**{heading}**\n\n");
        var listed = GitHubMarkdown.AppendWhileFits(text, lines, room, line => line.Length);
        if (listed < lines.Count) text.Append($"- … and {Count(lines.Count - listed, "more " + what)}, not listed here to stay within GitHub's size limit\n");
        text.Append('\n');
    }

    private static string Section(ChangedPage page)
    {
        var lines = Window(page.Lines);
        var body = string.Join('\n', lines);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(body) + 1));
        return $"### {Code(page.Url)}\n\n{fence}diff\n{body}\n{fence}\n\n";
    }

    /// <summary>Changed lines with <see cref="Context"/> unchanged lines around them; longer unchanged stretches become one '…' line.</summary>
    private static List<string> Window(IReadOnlyList<DiffPiece> pieces)
    {
        var keep = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(pieces.Count - 1, i + Context); j++) keep[j] = true;
        }

        var lines = new List<string>();
        var skipped = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (!keep[i])
            {
                skipped++;
                continue;
            }
            if (skipped > 0) lines.Add($"  … {Count(skipped, "unchanged line")}");
            skipped = 0;
            var mark = pieces[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            lines.Add(mark + pieces[i].Text);
            if (lines.Count >= MaxLinesPerPage)
            {
                lines.Add($"  … (cut at {MaxLinesPerPage} lines)");
                return lines;
            }
        }
        if (skipped > 0) lines.Add($"  … {Count(skipped, "unchanged line")}");
        return lines;
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>A URL path as inline code (paths never contain backticks: they come from file names the build wrote).</summary>
    private static string Code(string url) => "`" + url.Replace("`", "") + "`";

    /// <summary>Backslash-escapes Markdown punctuation and drops angle brackets, so a page title is shown as plain text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Replace('<', '‹').Replace('>', '›').ReplaceLineEndings(" "))
        {
            if ("\\`*_{}[]()#+-.!/|~&@:".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
