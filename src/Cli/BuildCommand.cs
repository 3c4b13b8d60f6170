using System.CommandLine;
using System.Diagnostics;
using Explainer.Build;
using Explainer.Caching;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Search;

namespace Explainer.Cli;

/// <summary><c>build</c>: generates the site from input/ and theme/ into output/, replacing output/ only when the build succeeds.</summary>
public static class BuildCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Content folder (site.yml, entries/, parties/, static/)", DefaultValueFactory = _ => "input" };
    public static readonly Option<string> ThemeFolder = new("--theme") { Description = "Theme folder (layouts/, pages/, partials/, assets/)", DefaultValueFactory = _ => "theme" };
    public static readonly Option<string> Output = new("--output") { Description = "Where the site is written; replaced only when the build succeeds", DefaultValueFactory = _ => "output" };
    public static readonly Option<string?> BasePath = new("--base-path") { Description = "URL path the site is served under, e.g. /explainer/ (default: the path of site.yml's url)" };
    public static readonly Option<string?> Url = new("--url") { Description = "Absolute public URL for feeds, sitemap and canonical links (default: site.yml's url)" };
    public static readonly Option<bool> NoSearch = new("--no-search") { Description = "Skip the Pagefind search index (the search page then says search is unavailable)" };
    public static readonly Option<string> Cache = new("--cache") { Description = "Where the record of the last build is kept, so a build with nothing changed can stop early; safe to delete", DefaultValueFactory = _ => DefaultCacheFolder };

    /// <summary>Statiq's name for it, beside input/ and output/.</summary>
    public const string DefaultCacheFolder = "cache";
    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Always build in full, reading and writing no build record" };

    public static Command Create()
    {
        var command = new Command("build", "Build the site from the input folder into the output folder (the default command).")
        {
            Input, ThemeFolder, Output, BasePath, Url, NoSearch, Cache, NoCache,
        };
        command.SetAction(result => Run(Options(result), result.GetValue(CommandLine.Verbose), CacheFolder(result)));
        return command;
    }

    public static BuildOptions Options(ParseResult result) => new(
        result.GetValue(Input)!, result.GetValue(ThemeFolder)!, result.GetValue(Output)!, result.GetValue(BasePath), result.GetValue(Url),
        Search: !result.GetValue(NoSearch));

    /// <summary>The cache folder the options name, or null for <c>--no-cache</c>.</summary>
    public static string? CacheFolder(ParseResult result) => result.GetValue(NoCache) ? null : result.GetValue(Cache);

    public static int Run(BuildOptions options, bool verbose = false, string? cacheFolder = null)
    {
        try
        {
            return RunBuild(options, verbose, cacheFolder);
        }
        catch (Exception e) when (SystemRefusal.Find(e) is { } refusal)
        {
            // Everything before the swap writes only the staging folder, and the swap is one step: the output is as it was.
            new ConsoleReporter().Failure($"Build failed: the system refused to write or read a file: {refusal.Message}\n"
                + $"{options.OutputFolder}/ was left as it was; free some disk space or make the folder writable, then build again.");
            return ExitCodes.SystemRefused;
        }
    }

    private static int RunBuild(BuildOptions options, bool verbose, string? cacheFolder)
    {
        var reporter = new ConsoleReporter();
        var usage = UsageProblem(options) ?? OutputProblem(options) ?? (cacheFolder is null ? null : CacheProblem(cacheFolder, options));
        if (usage is not null)
        {
            reporter.Usage(usage);
            return ExitCodes.UsageError;
        }

        var clock = Stopwatch.StartNew();
        // From the first look at the output folder to the swap: a second build (or preview) writing it meanwhile waits.
        using var outputLock = OutputLock.Acquire(options.OutputFolder,
            holder => reporter.Info($"{options.OutputFolder}/ is being written by {holder}; waiting for it to finish."));
        // Pagefind is found (and installed if need be) first: which binary indexes the site is part of what the build is made from.
        var pagefind = options.Search ? LocatePagefind(reporter) : null;
        var recordPath = cacheFolder is null ? null : BuildRecord.PathFor(cacheFolder, options.OutputFolder);
        // Everything but the input and git history is hashed now, before the build reads it; the loader hashes the input's bytes
        // as it reads them (RecordingStages), so the record describes exactly what the build was made from.
        var surroundings = recordPath is null ? null : BuildRecord.Surroundings(options, pagefind);
        History.RepositoryHistory? history = null;
        // Only an existing output folder left exactly as the last build left it can be current. Listing it, reading the input and
        // asking git run side by side (at 10,000 entries each takes ~0.3 s); a build into a missing folder skips all three.
        if (recordPath is not null && Directory.Exists(options.OutputFolder) && BuildRecord.Read(recordPath) is { } last)
        {
            var current = Task.Run(() => new Content.InputLoader(options.InputFolder).Digest());
            var read = Task.Run(() => BuildStages.Full.ReadHistory(options));
            var intact = last.Output.SequenceEqual(BuildRecord.StampsOf(options.OutputFolder));
            history = read.Result;
            if (intact && BuildRecord.FingerprintOf(surroundings!, current.Result, history) == last.Fingerprint)
            {
                reporter.Report(last.Warnings);
                var p = last.Statistics;
                reporter.Success($"Built {p.Pages} pages ({p.Entries} entries, {p.Parties} parties) into {options.OutputFolder}/ (nothing changed: no input, theme or option "
                    + $"differs from the build that made it, and none of its {last.Output.Count} files was touched since) in {clock.ElapsedMilliseconds} ms.");
                return ExitCodes.Success;
            }
        }

        var (writer, problem) = OutputWriter.Open(OutputFolders.For(options.OutputFolder));
        if (writer is null)
        {
            reporter.Usage(problem!);
            return ExitCodes.UsageError;
        }

        var timings = new StageTimings();
        timings.Mark("open output");
        var stages = recordPath is null ? null : new RecordingStages(history);
        var result = SiteGenerator.Generate(options, stages ?? BuildStages.Full, writer, timings);
        reporter.Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.IsError);
            reporter.Failure($"Build failed with {errors} error{(errors == 1 ? "" : "s")}; {options.OutputFolder}/ was left as it was.");
            return ExitCodes.ContentErrors;
        }

        // Pagefind indexes the staged site before the swap, so a failed index never replaces the previous site.
        SearchIndexResult? indexed = null;
        Func<string, bool>? index = pagefind is null ? null : staging => (indexed = PagefindIndexer.Index(pagefind, staging, result.SearchGlob, inPathOrder: true)).Succeeded;
        var outcome = writer.Commit(result.Files, index);
        timings.Mark(index is null ? "commit" : "search index+commit");
        if (outcome == OutputWriter.Outcome.Abandoned)
        {
            reporter.Failure($"Build failed: {indexed?.Problem}\n{options.OutputFolder}/ was left as it was; pass --no-search to build without the search index.");
            return ExitCodes.ContentErrors;
        }
        if (indexed is not null) reporter.Info(indexed.Summary);
        var s = result.Statistics;
        if (recordPath is not null && stages is { InputDigest: { } input, History: { } used })
        {
            var record = new BuildRecord(BuildRecord.FingerprintOf(surroundings!, input, used), s, result.Diagnostics.Where(d => !d.IsError).ToList(),
                writer.OutputFiles is { } written ? BuildRecord.StampsOf(written) : BuildRecord.StampsOf(options.OutputFolder));
            if (record.Write(recordPath) is { } unrecorded) reporter.Warning(unrecorded);
            timings.Mark("record");
        }
        if (verbose) reporter.Info($"Stages: {timings}");
        var unchanged = outcome == OutputWriter.Outcome.Unchanged ? " (nothing changed: it already held this site)" : "";
        reporter.Success($"Built {s.Pages} pages ({s.Entries} entries, {s.Parties} parties) into {options.OutputFolder}/{unchanged} in {clock.ElapsedMilliseconds} ms.");
        return ExitCodes.Success;
    }

    /// <summary>Whether the build may replace the output folder (exit 2 when not); <c>build</c> and <c>preview</c> ask, <c>check</c> writes nothing.</summary>
    public static string? OutputProblem(BuildOptions options) =>
        OutputGuard.Problem(options.OutputFolder, options.InputFolder, options.ThemeFolder, Environment.CurrentDirectory);

    /// <summary>The Pagefind binary, installing it if need be; without one the build goes on with a single warning.</summary>
    private static string? LocatePagefind(ConsoleReporter reporter)
    {
        var location = PagefindLocator.Locate(reporter.Info);
        if (location.Problem is not null) reporter.Warning(location.Problem);
        return location.Binary;
    }

    /// <summary>A cache folder inside the input, theme or output folder would be read as content or replaced with the site (exit 2).</summary>
    public static string? CacheProblem(string cacheFolder, BuildOptions options)
    {
        if (string.IsNullOrWhiteSpace(cacheFolder)) return "--cache must name a folder (the default is cache/), or pass --no-cache";
        var cache = OutputGuard.Real(cacheFolder);
        foreach (var (folder, name) in new[] { (options.InputFolder, "input"), (options.ThemeFolder, "theme"), (options.OutputFolder, "output") })
        {
            if (OutputGuard.IsSameOrInside(cache, OutputGuard.Real(folder)))
                return $"--cache '{cacheFolder}' is inside the {name} folder '{folder}'; keep the cache beside it (the default is cache/), or pass --no-cache";
        }
        return null;
    }

    /// <summary>Problems with the options themselves (exit 2), checked before anything is read or written.</summary>
    public static string? UsageProblem(BuildOptions options)
    {
        if ((FolderOptions.Problem(options.InputFolder, "input") ?? FolderOptions.Problem(options.ThemeFolder, "theme")) is { } folder) return folder;
        if (options.Url is not null && !Content.UrlRules.IsHttp(options.Url))
            return $"--url must be an absolute http(s) URL, not '{options.Url}'";
        // Every page's address is built from it, as from site.yml's url, which refuses the same.
        if (options.Url is not null && Content.UrlRules.HasQueryOrFragment(options.Url))
            return $"--url has a ?query or #fragment: '{options.Url}'; give the site's address only, e.g. --url https://owner.github.io/explainer/";
        if (options.BasePath is not null && SiteModel.SiteUrls.BasePathProblem(options.BasePath) is { } basePath) return basePath;

        return null;
    }
}
