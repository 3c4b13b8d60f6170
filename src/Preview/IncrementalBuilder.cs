using System.Diagnostics;
using Explainer.Build;
using Explainer.Output;

namespace Explainer.Preview;

/// <summary>
/// Builds a site again and again with the same pipeline as <c>build</c> (<see cref="SiteGenerator"/>), redoing only the work a change
/// requires. Its results equal a fresh full build's, byte for byte. One rebuild at a time.
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private readonly ReusingStages _stages = new();

    public BuildOptions Options { get; } = options;

    /// <summary>The base path links were rendered with, once a build got that far.</summary>
    public string? BasePath => _stages.BasePath;

    /// <param name="changedPaths">Files or folders a watcher saw change; they are read again even if their size and time look unchanged.</param>
    /// <param name="lostTrack">True when the watcher may have missed changes: every file is read again.</param>
    public Rebuild Build(IEnumerable<string> changedPaths, bool lostTrack = false)
    {
        var clock = Stopwatch.StartNew();
        if (lostTrack) _stages.ForgetFiles();
        _stages.Invalidate(changedPaths);
        // A rebuild renders a handful of pages: they are kept in memory until the build is known to have succeeded.
        var written = new MemorySiteWriter();
        var timings = new StageTimings();
        var result = SiteGenerator.Generate(Options, _stages, written, timings);
        timings.Mark("result");
        _stages.Finish(result);
        timings.Mark("keep for next save");
        return new Rebuild(result, written, _stages.PagesRendered, _stages.FilesParsed, clock.Elapsed) { Stages = timings };
    }
}

/// <summary>One rebuild's result, the bytes of the files it wrote (pages it did not render again are already on disk),
/// how many pages it rendered and files it parsed again, and how long it took.</summary>
public sealed record Rebuild(BuildResult Result, MemorySiteWriter Written, int PagesRendered, int FilesParsed, TimeSpan Elapsed)
{
    /// <summary>Where the rebuild's time went, stage by stage (the benchmark prints it).</summary>
    public StageTimings? Stages { get; init; }
}
