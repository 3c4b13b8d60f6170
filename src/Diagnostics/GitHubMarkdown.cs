using System.Text;

namespace Explainer.Diagnostics;

/// <summary>
/// GitHub refuses Markdown past a size, whole: a step's summary over 1 MiB, an issue or a comment over 65,536 characters. A large
/// site's lists (problems, broken links, changed pages) can pass that, so they are written while they fit and the writer says
/// how many it left out (<see cref="StepSummary"/>, the link-rot report, the pull request's site diff).
/// </summary>
public static class GitHubMarkdown
{
    /// <summary>Appends <paramref name="lines"/> in order while their sizes add up to at most <paramref name="room"/>.</summary>
    /// <param name="size">How a line is measured against the limit: characters, or UTF-8 bytes.</param>
    /// <returns>How many lines were appended; the rest were left out.</returns>
    public static int AppendWhileFits(StringBuilder text, IEnumerable<string> lines, long room, Func<string, int> size)
    {
        var listed = 0;
        long used = 0;
        foreach (var line in lines)
        {
            used += size(line);
            if (used > room) break;
            text.Append(line);
            listed++;
        }
        return listed;
    }
}
