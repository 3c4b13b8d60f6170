using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Links;

/// <summary>A link that did not answer, and why.</summary>
public sealed record BrokenLink(ExternalLink Link, string Problem);

/// <summary>A source with a live URL and no archive copy: the save URL asks the Wayback Machine to archive it now.</summary>
public sealed record UnarchivedSource(string Title, string Entry, string Url, string Location)
{
    public string SaveUrl => "https://web.archive.org/save/" + Url;
}

/// <summary>
/// The Markdown body of the one link-rot issue the scheduled workflow keeps up to date: every broken link with where it is
/// written, then every source without an archive copy with a save link to click. Stable order, so an unchanged state gives an
/// unchanged body. A large site can have thousands of either, and GitHub refuses an issue body over 65,536 characters: the
/// lists stop short of <see cref="MaxChars"/> (broken links first) and say how many they leave for the next runs.
/// </summary>
public static class LinkRotReport
{
    /// <summary>GitHub's limit for an issue body is 65,536 characters; some room is kept for the closing note.</summary>
    public const int MaxChars = 64_000;

    public static string Render(IReadOnlyList<BrokenLink> broken, IReadOnlyList<UnarchivedSource> unarchived, int checkedCount)
    {
        var text = new StringBuilder();
        text.Append("This issue is kept up to date by the weekly link check (`.github/workflows/link-check.yml`, which runs ");
        text.Append("`dotnet run -- check --external`). Edit the files it names; the next run updates this list, and closes nothing by itself.\n\n");

        text.Append($"## Links that do not answer ({broken.Count} of {checkedCount} checked)\n\n");
        if (broken.Count == 0) text.Append("None.\n\n");
        else
        {
            text.Append("A failure can be an outage: open the link before changing anything. If the page is gone, add an archive copy as `archived:` (sources) or link one instead.\n\n");
            text.Append("| where | what | link | problem |\n|---|---|---|---|\n");
            var rows = broken.OrderBy(b => b.Link.Location.Path, StringComparer.Ordinal).ThenBy(b => b.Link.Location.Line).ThenBy(b => b.Link.Url, StringComparer.Ordinal)
                .Select(b => $"| `{Cell(b.Link.Location.ToString())}` | {Cell(b.Link.What)} | <{Cell(b.Link.Url)}> | {Cell(b.Problem)} |\n");
            // Half the room at most, so the sources to archive are listed too.
            AppendWithin(text, rows.ToList(), MaxChars / 2, "broken links");
            text.Append('\n');
        }

        text.Append($"## Sources without an archive copy ({unarchived.Count})\n\n");
        if (unarchived.Count == 0) text.Append("None.\n");
        else
        {
            text.Append("Click **save** to have the Wayback Machine archive the page, then copy the address it shows into the source's `archived:` field.\n\n");
            text.Append("| where | source | save |\n|---|---|---|\n");
            var rows = unarchived.OrderBy(s => s.Location, StringComparer.Ordinal).ThenBy(s => s.Url, StringComparer.Ordinal)
                .Select(s => $"| `{Cell(s.Location)}` | {Cell(s.Title)} (<{Cell(s.Url)}>) | [save]({Cell(s.SaveUrl)}) |\n");
            AppendWithin(text, rows.ToList(), MaxChars, "sources");
        }
        return text.ToString();
    }

    /// <summary>Appends rows while the text stays within <paramref name="limit"/> characters; then a line saying how many are left.</summary>
    private static void AppendWithin(StringBuilder text, IReadOnlyList<string> rows, int limit, string what)
    {
        var listed = GitHubMarkdown.AppendWhileFits(text, rows, limit - text.Length, row => row.Length);
        if (listed < rows.Count)
            text.Append($"\n{rows.Count - listed} more {what} are not listed: GitHub limits an issue to 65,536 characters. Fix these, and the next run lists the rest.\n");
    }

    /// <summary>Keeps a value inside its table cell: no pipe, backtick, angle bracket or line break can end it early.</summary>
    private static string Cell(string value) =>
        value.Replace("|", "\\|").Replace("`", "'").Replace("<", "%3C").Replace(">", "%3E").ReplaceLineEndings(" ");
}
