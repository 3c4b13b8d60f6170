using System.CommandLine;
using System.Diagnostics;
using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Output;
using Explainer.Preview;

namespace Explainer.Cli;

/// <summary>
/// <c>benchmark</c>: generates a synthetic site, times a full build, then runs preview on it and times single-entry saves as a
/// writer sees them: from the file write until the page, fetched over HTTP from the preview server, contains the change
/// (and, for comparison, until the reload signal a browser tab receives). Prints figures; asserts nothing.
/// </summary>
public static class BenchmarkCommand
{
    public static readonly Option<int> Entries = new("--entries") { Description = "How many synthetic entries to generate", DefaultValueFactory = _ => 10_000 };
    public static readonly Option<int> Edits = new("--edits") { Description = "How many single-entry saves to time", DefaultValueFactory = _ => 5 };
    public static readonly Option<string> ThemeFolder = new("--theme") { Description = "Theme to build with", DefaultValueFactory = _ => "theme" };
    public static readonly Option<string?> Folder = new("--folder") { Description = "Where to generate the site (default: the system temp folder); it is deleted afterwards" };
    public static readonly Option<int> Replacement = new("--replacement") { Description = "Instead of preview, time the ways of replacing the output folder side by side, over this many rounds", DefaultValueFactory = _ => 0 };

    public static Command Create()
    {
        var command = new Command("benchmark", "Time a full build and preview's save-to-reload on a generated site (figures only).")
        {
            Entries, Edits, ThemeFolder, Folder, Replacement,
        };
        command.SetAction(result => Run(result.GetValue(Entries), result.GetValue(Edits), result.GetValue(ThemeFolder)!, result.GetValue(Folder), result.GetValue(Replacement)));
        return command;
    }

    public static int Run(int entries, int edits, string theme, string? folder = null, int replacementRounds = 0)
    {
        var reporter = new ConsoleReporter();
        if (entries < 2 || edits < 1)
        {
            reporter.Usage("--entries must be at least 2 and --edits at least 1");
            return ExitCodes.UsageError;
        }
        if (FolderOptions.Problem(theme, "theme") is { } problem)
        {
            reporter.Usage(problem);
            return ExitCodes.UsageError;
        }

        var root = Path.Combine(folder ?? Path.GetTempPath(), "explainer-benchmark", Guid.NewGuid().ToString("N"));
        try
        {
            return replacementRounds > 0
                ? CompareReplacements(root, entries, replacementRounds, Path.GetFullPath(theme), reporter)
                : RunIn(root, entries, edits, Path.GetFullPath(theme), reporter);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int RunIn(string root, int entries, int edits, string theme, ConsoleReporter reporter)
    {
        var input = Path.Combine(root, "input");
        var clock = Stopwatch.StartNew();
        SyntheticSite.Write(input, entries);
        reporter.Info($"Generated {entries} entries in {clock.ElapsedMilliseconds} ms ({Environment.ProcessorCount} CPUs, .NET {Environment.Version}).");

        clock.Restart();
        var output = OutputFolders.For(Path.Combine(root, "output"));
        var build = new BuildOptions(input, theme, output.Given);
        var fullStages = new StageTimings();
        var full = BuildInto(build, output, out var outcome, stages: fullStages);
        if (!full.Succeeded)
        {
            reporter.Report(full.Diagnostics.Take(10));
            reporter.Failure("The synthetic site did not build; this is a bug in the generator.");
            return ExitCodes.ContentErrors;
        }
        var fullBuild = clock.Elapsed;
        reporter.Info($"Full build (as the build command, pages streamed to disk): {fullBuild.TotalMilliseconds:F0} ms, {full.Files.Count} files");
        reporter.Info($"  stages: {fullStages}");
        clock.Restart();
        var rebuildStages = new StageTimings();
        BuildInto(build, output, out outcome, stages: rebuildStages);
        reporter.Info($"Rebuild, nothing changed: {clock.ElapsedMilliseconds} ms ({outcome})");
        reporter.Info($"  stages: {rebuildStages}");
        File.WriteAllText(Path.Combine(input, SyntheticSite.EntryPath(entries / 2)), SyntheticSite.EntryText(entries / 2, entries, revision: 99));
        clock.Restart();
        BuildInto(build, output, out outcome);
        reporter.Info($"Rebuild, one entry changed: {clock.ElapsedMilliseconds} ms ({outcome})");
        clock.Restart();
        BuildInto(build, output, out outcome);
        reporter.Info($"Rebuild, nothing changed again: {clock.ElapsedMilliseconds} ms ({outcome})");

        // Only the counts are needed from here on; dropping the files keeps the full build's memory out of preview's figures.
        var pages = full.Statistics.Pages;
        var timings = MeasurePreview(root, input, theme, entries, edits, reporter).GetAwaiter().GetResult();
        var visible = timings.Select(t => t.SaveToVisible.TotalMilliseconds).Order().ToList();
        var signals = timings.Select(t => t.SaveToSignal.TotalMilliseconds).Order().ToList();
        var rebuilds = timings.Select(t => t.Rebuild.TotalMilliseconds).Order().ToList();
        reporter.Success($"Save one entry → served page shows the change (over HTTP): median {Median(visible):F0} ms, worst {visible[^1]:F0} ms over {edits} saves " +
            $"(includes the {PreviewOptions.DefaultQuietPeriod.TotalMilliseconds:F0} ms quiet period that merges bursts of saves).");
        reporter.Success($"Save one entry → reload signal: median {Median(signals):F0} ms, worst {signals[^1]:F0} ms.");
        reporter.Success($"Incremental rebuild itself: median {Median(rebuilds):F0} ms, worst {rebuilds[^1]:F0} ms; " +
            $"{timings[0].PagesRendered} of {pages} pages rendered per save.");
        reporter.Success($"Full build: {fullBuild.TotalMilliseconds:F0} ms for {pages} pages.");
        reporter.Info($"Peak memory of this process (preview keeps the last build's hashes and the rendered fragments it reuses): {Environment.WorkingSet / 1_048_576} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB peak.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Times each way of replacing the output folder on the same generated site, interleaved round by round so that load from other
    /// processes falls on all of them alike: a build into nothing, a rebuild with nothing changed, a rebuild after one entry changed.
    /// </summary>
    private static int CompareReplacements(string root, int entries, int rounds, string theme, ConsoleReporter reporter)
    {
        var input = Path.Combine(root, "input");
        SyntheticSite.Write(input, entries);
        var strategies = Enum.GetValues<OutputWriter.Replacement>();
        string[] scenarios = ["fresh", "no change", "one entry changed", "another entry changed"];
        var times = strategies.ToDictionary(s => s, _ => scenarios.ToDictionary(s => s, _ => new List<double>()));
        OutputFolders Folders(OutputWriter.Replacement s) => OutputFolders.For(Path.Combine(root, $"output-{s}"));

        for (var round = 1; round <= rounds; round++)
        {
            foreach (var strategy in strategies)
            {
                var folders = Folders(strategy);
                if (Directory.Exists(folders.Output)) Directory.Delete(folders.Output, recursive: true);
                if (Directory.Exists(folders.Staging)) Directory.Delete(folders.Staging, recursive: true);
                var build = new BuildOptions(input, theme, folders.Given);
                times[strategy]["fresh"].Add(Timed(() => BuildInto(build, folders, out _, strategy)));
                times[strategy]["no change"].Add(Timed(() => BuildInto(build, folders, out _, strategy)));
            }
            // The second edit is the steady state of a site rebuilt again and again: the previous build left its staging folder.
            foreach (var (scenario, edited) in new[] { (scenarios[2], entries * round / (rounds + 2)), (scenarios[3], entries * (round + 1) / (rounds + 2)) })
            {
                File.WriteAllText(Path.Combine(input, SyntheticSite.EntryPath(edited)), SyntheticSite.EntryText(edited, entries, revision: round));
                foreach (var strategy in strategies)
                {
                    var folders = Folders(strategy);
                    times[strategy][scenario].Add(Timed(() => BuildInto(new BuildOptions(input, theme, folders.Given), folders, out _, strategy)));
                }
            }
            reporter.Info($"round {round} of {rounds} done");
        }

        reporter.Info($"Replacing the output folder, {entries} entries, median of {rounds} rounds (ms, whole build):");
        reporter.Info($"  {"strategy",-20} {scenarios[0],10} {scenarios[1],10} {scenarios[2],18} {scenarios[3],22}");
        foreach (var strategy in strategies)
        {
            var medians = scenarios.Select(s => Median(times[strategy][s].Order().ToList())).ToList();
            reporter.Info($"  {strategy,-20} {medians[0],10:F0} {medians[1],10:F0} {medians[2],18:F0} {medians[3],22:F0}");
        }
        return ExitCodes.Success;
    }

    private static double Timed(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static BuildResult BuildInto(BuildOptions build, OutputFolders output, out OutputWriter.Outcome outcome,
        OutputWriter.Replacement replacement = OutputWriter.Replacement.ChangedFilesOnly, StageTimings? stages = null)
    {
        var (writer, problem) = OutputWriter.Open(output, replacement);
        if (writer is null) throw new InvalidOperationException(problem);
        stages?.Mark("open output");
        var result = SiteGenerator.Generate(build, BuildStages.Full, writer, stages);
        outcome = result.Succeeded ? writer.Commit(result.Files) : OutputWriter.Outcome.Abandoned;
        stages?.Mark("commit");
        return result;
    }

    private sealed record Timing(TimeSpan SaveToVisible, TimeSpan SaveToSignal, TimeSpan Rebuild, int PagesRendered);

    private static async Task<IReadOnlyList<Timing>> MeasurePreview(string root, string input, string theme, int entries, int edits, ConsoleReporter reporter)
    {
        var rebuilds = new System.Collections.Concurrent.ConcurrentQueue<Rebuild>();
        var options = new PreviewOptions(new BuildOptions(input, theme, Path.Combine(root, "preview")), Port: 0);
        var clock = Stopwatch.StartNew();
        var console = new PreviewConsole(reporter);
        var (session, problem) = await PreviewSession.StartAsync(options, report =>
        {
            if (report is PreviewReport.Rebuilt r) rebuilds.Enqueue(r.Rebuild);
            else console.Print(report);
        });
        if (session is null) throw new InvalidOperationException(problem);
        reporter.Info($"Preview first build and server start: {clock.ElapsedMilliseconds} ms");

        await using (session)
        {
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            using var stream = new StreamReader(await http.GetStreamAsync(new Uri(session.Address, LiveReloadScript.Folder + LiveReloadScript.StreamName)));
            await NextEventAsync(stream, "hello");

            var timings = new List<Timing>();
            for (var edit = 1; edit <= edits; edit++)
            {
                // Spread the edits along the timeline; each is a real change to the summary and body.
                var index = (int)((long)entries * edit / (edits + 1));
                var path = Path.Combine(input, SyntheticSite.EntryPath(index));
                var text = SyntheticSite.EntryText(index, entries, revision: edit);
                var page = new Uri(session.Address, SiteModel.SitePaths.Entry(SyntheticSite.Slug(index)));
                var change = $"(revision {edit})";
                rebuilds.Clear();
                var saved = Stopwatch.StartNew();
                await File.WriteAllTextAsync(path, text);
                // A writer's view: the page the browser would fetch, served over HTTP, shows the edit. The reload signal is
                // watched at the same time; it comes just after the files are written.
                var signalled = Task.Run(async () => { await NextEventAsync(stream, "reload"); return saved.Elapsed; });
                var visible = await FirstVisibleAsync(http, page, change, saved);
                var signal = await signalled;
                // The console report follows the signal by a moment.
                for (var wait = 0; wait < 100 && rebuilds.IsEmpty; wait++) await Task.Delay(10);
                var rebuild = rebuilds.LastOrDefault() ?? throw new InvalidOperationException("reload without a rebuild");
                timings.Add(new Timing(visible, signal, rebuild.Elapsed, rebuild.PagesRendered));
                reporter.Info($"  save {edit} ({SyntheticSite.EntryPath(index)}): served page shows it after {visible.TotalMilliseconds:F0} ms, " +
                    $"reload signal after {signal.TotalMilliseconds:F0} ms, rebuild {rebuild.Elapsed.TotalMilliseconds:F0} ms, {rebuild.PagesRendered} pages rendered");
                reporter.Info($"    rebuild stages: {rebuild.Stages}");
                await Task.Delay(300);
            }
            return timings;
        }
    }

    /// <summary>Fetches the page every few milliseconds until its body contains <paramref name="change"/>; returns the time since the save.</summary>
    private static async Task<TimeSpan> FirstVisibleAsync(HttpClient http, Uri page, string change, Stopwatch saved)
    {
        while (saved.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var response = await http.GetAsync(page);
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(change, StringComparison.Ordinal))
                return saved.Elapsed;
            await Task.Delay(5);
        }
        throw new InvalidOperationException($"{page} did not show the edit within 30 s");
    }

    private static async Task NextEventAsync(StreamReader stream, string name)
    {
        while (await stream.ReadLineAsync() is { } line)
        {
            if (line == $"event: {name}") return;
        }
        throw new InvalidOperationException("the reload stream ended");
    }

    private static double Median(IReadOnlyList<double> sorted) => sorted[sorted.Count / 2];
}
