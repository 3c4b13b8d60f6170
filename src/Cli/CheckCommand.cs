using System.CommandLine;
using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Links;

namespace Explainer.Cli;

/// <summary>What <c>check</c> validates and how it reports: folders, GitHub annotations on or off, and the opt-in external link check.</summary>
public sealed record CheckOptions(
    string InputFolder = "input",
    string ThemeFolder = "theme",
    bool GitHub = false,
    string? StepSummaryPath = null,
    bool External = false,
    ExternalLinkOptions? ExternalLinks = null,
    string? ExternalReportPath = null);

/// <summary>
/// <c>check</c>: runs the whole build (front matter, cross references, internal links, URL syntax, templates) without writing
/// output/, and exits like <c>build</c>. Under GitHub Actions it also prints annotations and appends a summary of every problem.
/// </summary>
public static class CheckCommand
{
    private static readonly Option<string> Input = new("--input") { Description = "Content folder (site.yml, entries/, parties/, static/)", DefaultValueFactory = _ => "input" };
    private static readonly Option<string> ThemeFolder = new("--theme") { Description = "Theme folder, whose templates are checked too", DefaultValueFactory = _ => "theme" };
    private static readonly Option<string?> Format = new("--format") { Description = "text, or github for workflow-command annotations (default: github when GITHUB_ACTIONS=true)" };
    private static readonly Option<bool> External = new("--external") { Description = "Also check that source and website URLs answer (network; warnings only; the weekly link check, not pull requests)" };
    private static readonly Option<int> Concurrency = new("--external-concurrency") { Description = "How many URLs --external fetches at once", DefaultValueFactory = _ => 8 };
    // Accepted so a script can pass check the options it passes build; check writes nothing, so the folder is never looked at.
    private static readonly Option<string?> IgnoredOutput = new("--output") { Description = "Accepted and ignored: check writes nothing", Hidden = true };
    private static readonly Option<string?> ExternalReport = new("--external-report") { Description = "With --external: also write a Markdown report of broken links and unarchived sources to this file (the link-rot issue's body)" };
    private static readonly Option<int> TimeoutSeconds = new("--external-timeout") { Description = "Seconds one --external request may take", DefaultValueFactory = _ => 15 };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("text", "github");
        var command = new Command("check", "Validate the content and theme without writing output/ (exit 0 valid, 1 content errors, 2 usage errors).")
        {
            Input, ThemeFolder, Format, External, Concurrency, TimeoutSeconds, ExternalReport, IgnoredOutput,
        };
        command.SetAction(result =>
        {
            var onGitHub = string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
            var format = result.GetValue(Format) ?? (onGitHub ? "github" : "text");
            var summary = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
            var options = new CheckOptions(result.GetValue(Input)!, result.GetValue(ThemeFolder)!, format == "github",
                string.IsNullOrEmpty(summary) ? null : summary, result.GetValue(External),
                new ExternalLinkOptions(result.GetValue(Concurrency), TimeSpan.FromSeconds(result.GetValue(TimeoutSeconds))),
                result.GetValue(ExternalReport));
            return Run(options, Console.Out);
        });
        return command;
    }

    /// <param name="annotations">Where workflow commands go: standard output, which the Actions runner reads.</param>
    public static int Run(CheckOptions options, TextWriter annotations, HttpMessageHandler? http = null)
    {
        var reporter = new ConsoleReporter();
        var build = new BuildOptions(options.InputFolder, options.ThemeFolder);
        var usage = BuildCommand.UsageProblem(build) ?? ExternalUsageProblem(options);
        if (usage is not null)
        {
            reporter.Usage(usage);
            return ExitCodes.UsageError;
        }

        var result = SiteGenerator.Generate(build);
        var diagnostics = result.Diagnostics.ToList();
        if (options.External) diagnostics.AddRange(CheckExternalLinks(options, http));
        var ordered = diagnostics.Ordered();

        reporter.Report(ordered);
        var errors = ordered.Count(d => d.IsError);
        var s = result.Statistics;
        var closing = errors == 0
            ? $"Checked {s.Entries} entries and {s.Parties} parties: no errors{(ordered.Count > 0 ? $", {ordered.Count} warning{(ordered.Count == 1 ? "" : "s")}" : "")}."
            : $"Check failed with {errors} error{(errors == 1 ? "" : "s")}.";

        if (options.GitHub)
        {
            foreach (var diagnostic in AnnotationOrder.Prioritise(ordered)) annotations.WriteLine(GitHubAnnotations.Format(diagnostic));
            annotations.Flush();
            if (options.StepSummaryPath is not null)
            {
                // The summary is an extra; a path the runner did not make writable costs it, not the check's result.
                try
                {
                    var used = File.Exists(options.StepSummaryPath) ? new FileInfo(options.StepSummaryPath).Length : 0;
                    File.AppendAllText(options.StepSummaryPath, StepSummary.Render("Explainer check", ordered, closing, used));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    reporter.Warning($"the step summary could not be written to GITHUB_STEP_SUMMARY='{options.StepSummaryPath}' ({e.Message}); the annotations above say the same");
                }
            }
        }

        if (errors > 0)
        {
            reporter.Failure(closing);
            return ExitCodes.ContentErrors;
        }
        reporter.Success(closing);
        return ExitCodes.Success;
    }

    private static string? ExternalUsageProblem(CheckOptions options) => options.ExternalLinks switch
    {
        _ when options.ExternalReportPath is not null && !options.External => "--external-report needs --external",
        // Checked before minutes of requests, not after them.
        _ when options.ExternalReportPath is { } report && ReportPathProblem(report) is { } problem => problem,
        { Concurrency: < 1 or > 64 } => "--external-concurrency must be between 1 and 64",
        { RequestTimeout.TotalSeconds: < 1 or > 300 } => "--external-timeout must be between 1 and 300 seconds",
        _ => null,
    };

    private static string? ReportPathProblem(string report)
    {
        if (string.IsNullOrWhiteSpace(report)) return "--external-report must name a file, such as link-report.md";
        if (Directory.Exists(report)) return $"--external-report '{report}' is a folder; name a file in it, such as {Path.Combine(report, "link-report.md")}";
        var folder = Path.GetDirectoryName(Path.GetFullPath(report));
        return folder is not null && !Directory.Exists(folder) ? $"--external-report '{report}': the folder '{folder}' does not exist" : null;
    }

    private static IReadOnlyList<Diagnostic> CheckExternalLinks(CheckOptions options, HttpMessageHandler? http)
    {
        // The generator does not hand out its parsed content, so the (cheap, pure) load and parse run once more here.
        var (input, _) = new InputLoader(options.InputFolder).Load();
        var (content, _) = ContentParser.Parse(input);
        if (content is null) return [];
        using var checker = new ExternalLinkChecker(http);
        var links = ExternalLink.Collect(content);
        var linkOptions = options.ExternalLinks ?? new ExternalLinkOptions();
        var broken = checker.FindBrokenAsync(links, linkOptions).GetAwaiter().GetResult();
        if (options.ExternalReportPath is not null)
        {
            var unarchived = ExternalLink.Unarchived(content)
                .Select(u => new UnarchivedSource(u.Source.Title, u.Entry, u.Source.Url!, u.Source.Location.ToString())).ToList();
            var distinct = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).Count();
            File.WriteAllText(options.ExternalReportPath, LinkRotReport.Render(broken, unarchived, distinct));
        }
        return broken.Select(ExternalLinkChecker.Warning).ToList();
    }
}
