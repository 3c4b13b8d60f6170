using System.Text;

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
/// unchanged body.
/// </summary>
public static class LinkRotReport
{
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
            foreach (var b in broken.OrderBy(b => b.Link.Location.Path, StringComparer.Ordinal).ThenBy(b => b.Link.Location.Line).ThenBy(b => b.Link.Url, StringComparer.Ordinal))
                text.Append($"| `{Cell(b.Link.Location.ToString())}` | {Cell(b.Link.What)} | <{Cell(b.Link.Url)}> | {Cell(b.Problem)} |\n");
            text.Append('\n');
        }

        text.Append($"## Sources without an archive copy ({unarchived.Count})\n\n");
        if (unarchived.Count == 0) text.Append("None.\n");
        else
        {
            text.Append("Click **save** to have the Wayback Machine archive the page, then copy the address it shows into the source's `archived:` field.\n\n");
            text.Append("| where | source | save |\n|---|---|---|\n");
            foreach (var s in unarchived.OrderBy(s => s.Location, StringComparer.Ordinal).ThenBy(s => s.Url, StringComparer.Ordinal))
                text.Append($"| `{Cell(s.Location)}` | {Cell(s.Title)} (<{Cell(s.Url)}>) | [save]({Cell(s.SaveUrl)}) |\n");
        }
        return text.ToString();
    }

    /// <summary>Keeps a value inside its table cell: no pipe, backtick, angle bracket or line break can end it early.</summary>
    private static string Cell(string value) =>
        value.Replace("|", "\\|").Replace("`", "'").Replace("<", "%3C").Replace(">", "%3E").ReplaceLineEndings(" ");
}
