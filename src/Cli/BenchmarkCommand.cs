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

    public static Command Create()
    {
        var command = new Command("benchmark", "Time a full build and preview's save-to-reload on a generated site (figures only).")
        {
            Entries, Edits, ThemeFolder, Folder,
        };
        command.SetAction(result => Run(result.GetValue(Entries), result.GetValue(Edits), result.GetValue(ThemeFolder)!, result.GetValue(Folder)));
        return command;
    }

    public static int Run(int entries, int edits, string theme, string? folder = null)
    {
        var reporter = new ConsoleReporter();
        if (entries < 2 || edits < 1)
        {
            reporter.Usage("--entries must be at least 2 and --edits at least 1");
            return ExitCodes.UsageError;
        }
        if (!Directory.Exists(theme))
        {
            reporter.Usage($"the theme folder '{theme}' does not exist (run from the repository root, or pass --theme DIR)");
            return ExitCodes.UsageError;
        }

        var root = Path.Combine(folder ?? Path.GetTempPath(), "explainer-benchmark", Guid.NewGuid().ToString("N"));
        try
        {
            return RunIn(root, entries, edits, Path.GetFullPath(theme), reporter);
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
        BuildResult? full = SiteGenerator.Generate(new BuildOptions(input, theme, Path.Combine(root, "output")));
        if (!full.Succeeded)
        {
            reporter.Report(full.Diagnostics.Take(10));
            reporter.Failure("The synthetic site did not build; this is a bug in the generator.");
            return ExitCodes.ContentErrors;
        }
        var generated = clock.Elapsed;
        OutputWriter.Write(Path.Combine(root, "output"), full.Files);
        var fullBuild = clock.Elapsed;
        reporter.Info($"Full build (as the build command): {fullBuild.TotalMilliseconds:F0} ms = generate {generated.TotalMilliseconds:F0} ms + write {full.Files.Count} files {(fullBuild - generated).TotalMilliseconds:F0} ms");

        // Only the counts are needed from here on; dropping the files keeps the full build's memory out of preview's figures.
        var pages = full.Statistics.Pages;
        full = null;
        var timings = MeasurePreview(root, input, theme, entries, edits, reporter).GetAwaiter().GetResult();
        var visible = timings.Select(t => t.SaveToVisible.TotalMilliseconds).Order().ToList();
        var signals = timings.Select(t => t.SaveToSignal.TotalMilliseconds).Order().ToList();
        var rebuilds = timings.Select(t => t.Rebuild.TotalMilliseconds).Order().ToList();
        reporter.Success($"Save one entry → served page shows the change (over HTTP): median {Median(visible):F0} ms, worst {visible[^1]:F0} ms over {edits} saves " +
            $"(includes the {PreviewOptions.DefaultQuietPeriod.TotalMilliseconds:F0} ms quiet period that merges bursts of saves).");
        reporter.Success($"Save one entry → reload signal: median {Median(signals):F0} ms, worst {signals[^1]:F0} ms.");
        reporter.Success($"Incremental rebuild itself: median {Median(rebuilds):F0} ms, worst {rebuilds[^1]:F0} ms; " +
            $"{timings[0].PagesRendered} of {pages} pages rendered per save.");
        reporter.Success($"Full build: {fullBuild.TotalMilliseconds:F0} ms for {pages} pages ({generated.TotalMilliseconds:F0} ms without writing).");
        reporter.Info($"Peak memory of this process (preview keeps the last build's files): {Environment.WorkingSet / 1_048_576} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB peak.");
        return ExitCodes.Success;
    }

    private sealed record Timing(TimeSpan SaveToVisible, TimeSpan SaveToSignal, TimeSpan Rebuild, int PagesRendered);

    private static async Task<IReadOnlyList<Timing>> MeasurePreview(string root, string input, string theme, int entries, int edits, ConsoleReporter reporter)
    {
        var rebuilds = new System.Collections.Concurrent.ConcurrentQueue<Rebuild>();
        var options = new PreviewOptions(new BuildOptions(input, theme, Path.Combine(root, "preview")), Port: 0);
        var clock = Stopwatch.StartNew();
        var (session, problem) = await PreviewSession.StartAsync(options, report =>
        {
            if (report is PreviewReport.Rebuilt r) rebuilds.Enqueue(r.Rebuild);
            else PreviewConsole.Print(reporter, report);
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
