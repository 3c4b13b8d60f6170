using System.CommandLine;
using Explainer.Diff;

namespace Explainer.Cli;

/// <summary><c>diff OLD NEW</c>: compares two built sites and prints, as Markdown, the pages added, removed and changed, with a
/// diff of each changed page's visible text. Exit 0 whether or not anything changed; 2 when a folder is not a built site.</summary>
public static class DiffCommand
{
    private static readonly Argument<string> Old = new("OLD") { Description = "The site built before the change (e.g. from the base branch)" };
    private static readonly Argument<string> New = new("NEW") { Description = "The site built after it (e.g. from the pull request)" };
    private static readonly Option<int> MaxChars = new("--max-chars") { Description = "Leave out page diffs beyond this many characters", DefaultValueFactory = _ => 60_000 };

    public static Command Create()
    {
        var command = new Command("diff", "Compare two built sites: pages added, removed and changed, with a diff of each changed page's text, as Markdown.")
        {
            Old, New, MaxChars,
        };
        command.SetAction(result => Run(result.GetValue(Old)!, result.GetValue(New)!, result.GetValue(MaxChars), Console.Out));
        return command;
    }

    public static int Run(string oldSite, string newSite, int maxChars, TextWriter output)
    {
        var reporter = new ConsoleReporter();
        foreach (var folder in new[] { oldSite, newSite })
        {
            if (NotABuiltSite(folder) is { } problem)
            {
                reporter.Usage(problem);
                return ExitCodes.UsageError;
            }
        }
        if (maxChars < 1000)
        {
            reporter.Usage("--max-chars must be at least 1000");
            return ExitCodes.UsageError;
        }
        output.Write(DiffMarkdown.Render(SiteComparison.Compare(oldSite, newSite), maxChars));
        output.Flush();
        return ExitCodes.Success;
    }

    /// <summary>Why <paramref name="folder"/> cannot be compared, or null when it holds a built site.</summary>
    public static string? NotABuiltSite(string folder) =>
        FolderOptions.SiteIsAFile(folder)
        ?? (!File.Exists(Path.Combine(folder, "index.html")) ? $"'{folder}' is not a built site (no index.html); build one with: dotnet run -- build --output {folder}"
            : null);
}
