using System.Diagnostics;
using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Output;

/// <summary>
/// Issue 10, point 4: a build killed with kill -9 at any moment leaves output/ as exactly the complete previous site or the
/// complete new one, and nothing that stops the next build. The real executable is killed at random points of its run
/// (fixed seed, a handful of kills, so the normal test run stays a few seconds).
/// </summary>
public sealed class KilledBuildTests : IDisposable
{
    private const int Entries = 40;
    private const int Kills = 5;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_build_killed_at_random_moments_leaves_the_old_or_the_new_site_and_the_next_build_succeeds()
    {
        SyntheticSite.Write(_folder["input"], Entries);
        var siteYml = File.ReadAllText(_folder["input/site.yml"]);
        var expected = new[] { ReferenceSite(0, siteYml), ReferenceSite(1, siteYml) };
        Assert.NotEqual(expected[0].Keys, expected[1].Keys);

        UseVersion(0, siteYml);
        var clock = Stopwatch.StartNew();
        var (firstExit, firstOutput) = ExplainerProcess.Run(_folder.Path, Arguments());
        Assert.True(firstExit == ExitCodes.Success, firstOutput);
        var fullRun = clock.Elapsed;
        var current = 0;

        var random = new Random(8);
        var killed = 0;
        for (var attempt = 0; attempt < Kills; attempt++)
        {
            var next = 1 - current;
            UseVersion(next, siteYml);
            using var build = ExplainerProcess.Start(_folder.Path, Arguments());
            // Anywhere from process start to a little past a full run: before, during and after writing, and in the swap.
            Thread.Sleep(TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds * 1.1));
            if (!build.HasExited)
            {
                build.Kill();
                killed++;
            }
            build.WaitForExit();
            if (build.ExitCode != ExitCodes.Success) Assert.True(build.ExitCode == 137 || build.ExitCode == -1, $"attempt {attempt}: exit {build.ExitCode}: {build.StandardError.ReadToEnd()}");

            var actual = Snapshot(_folder["output"]);
            var matches = expected.Select((site, version) => (site, version)).Where(s => SameSite(s.site, actual)).Select(s => s.version).ToList();
            Assert.True(matches.Count == 1, $"attempt {attempt}: output/ is neither the old nor the new site ({actual.Count} files)");
            current = matches[0];
        }
        Assert.True(killed > 0, "no build was killed; the delays are too long for this machine");

        var (exit, output) = ExplainerProcess.Run(_folder.Path, Arguments());
        Assert.True(exit == ExitCodes.Success, output);
        Assert.True(SameSite(expected[LastVersion], Snapshot(_folder["output"])), "the build after the kills did not produce the current site");
        Assert.Equal(["cache", "input", "output", "output.lock", "output.staging"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(p => Path.GetFileName(p)).Order().ToArray());
        // A build killed while writing its record leaves a temporary file; the next record written removes it.
        Assert.All(Directory.EnumerateFiles(_folder["cache"]), f => Assert.EndsWith(".bin", f));
    }

    /// <summary>
    /// Builds into one output folder started together (a second terminal, preview beside <c>dotnet run</c>) take turns: each
    /// finishes, the output is the new site, and the next build runs. Before, one stopped with an internal error and left the
    /// staging folder half made and unmarked, which every later build refused.
    /// </summary>
    [Fact]
    public void Builds_started_together_take_turns_and_leave_the_new_site()
    {
        SyntheticSite.Write(_folder["input"], Entries);
        var siteYml = File.ReadAllText(_folder["input/site.yml"]);
        var expected = ReferenceSite(1, siteYml);
        UseVersion(0, siteYml);
        Assert.Equal(ExitCodes.Success, ExplainerProcess.Run(_folder.Path, Arguments()).ExitCode);
        UseVersion(1, siteYml);

        var builds = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ExplainerProcess.Run(_folder.Path, [.. Arguments(), "--no-cache"]))).ToList();

        Assert.All(builds, b => Assert.True(b.Result.ExitCode == ExitCodes.Success, b.Result.Output));
        Assert.Contains(builds, b => b.Result.Output.Contains("waiting for it to finish", StringComparison.Ordinal));
        Assert.True(SameSite(expected, Snapshot(_folder["output"])), "output/ is not the new site");
        var (exit, output) = ExplainerProcess.Run(_folder.Path, Arguments());
        Assert.True(exit == ExitCodes.Success, output);
    }

    private int LastVersion { get; set; }

    private string[] Arguments() =>
        ["build", "--input", _folder["input"], "--theme", RepositoryPaths.Theme, "--output", _folder["output"], "--no-search"];

    /// <summary>Two sites that differ in every page (the title is on each) and in their file lists (version 1 has one more entry).</summary>
    private void UseVersion(int version, string siteYml)
    {
        LastVersion = version;
        File.WriteAllText(_folder["input/site.yml"], version == 0 ? siteYml : siteYml.Replace("title: Synthetic Explainer", "title: Synthetic Explainer, revised"));
        var extra = _folder[Path.Combine("input", SyntheticSite.EntryPath(Entries))];
        if (version == 1)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
            File.WriteAllText(extra, SyntheticSite.EntryText(Entries, Entries + 1));
        }
        else File.Delete(extra);
    }

    private SortedDictionary<string, byte[]> ReferenceSite(int version, string siteYml)
    {
        UseVersion(version, siteYml);
        var reference = _folder[$"reference-{version}"];
        SiteBuild.Into(new BuildOptions(_folder["input"], RepositoryPaths.Theme, reference, Search: false));
        var site = Snapshot(reference);
        Directory.Delete(reference, recursive: true);
        if (Directory.Exists(reference + ".staging")) Directory.Delete(reference + ".staging", recursive: true);
        return site;
    }

    private static bool SameSite(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(f => f.Value.AsSpan().SequenceEqual(b[f.Key]));

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
