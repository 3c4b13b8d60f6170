using Explainer.Build;
using Explainer.Caching;
using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Caching;

/// <summary>
/// The build command stops early only when the output folder already holds what it would write: every input, theme and schema
/// file, option and output file as the recorded build left them. Each change below must make it build in full, and the site it
/// then writes must equal a build without any cache.
/// </summary>
public class BuildRecordTests
{
    private const string Skipped = "nothing changed: no input";

    [Fact]
    public void A_build_with_nothing_changed_stops_early_and_repeats_the_warnings()
    {
        using var folder = Site();
        var first = Build(folder);
        var before = Stamps(folder["output"]);

        var second = Build(folder);

        Assert.DoesNotContain(Skipped, first);
        Assert.Contains(Skipped, second);
        Assert.Contains("EX0501", first);
        Assert.Contains("EX0501", second);
        Assert.Equal(before, Stamps(folder["output"]));
    }

    [Theory]
    [InlineData("an entry edited, same length")]
    [InlineData("a stray file added to the input")]
    [InlineData("an output file edited")]
    [InlineData("an output file removed")]
    [InlineData("a file added to the output")]
    [InlineData("a theme file edited")]
    [InlineData("a schema added beside the input")]
    [InlineData("another base path")]
    public void Any_change_builds_in_full_and_makes_the_site_a_build_without_cache_makes(string change)
    {
        using var folder = Site();
        var options = Options(folder);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: folder["cache"]));
        switch (change)
        {
            case "an entry edited, same length":
                var entry = folder["input/entries/2026/acme-launches-widget.md"];
                File.WriteAllText(entry, File.ReadAllText(entry).Replace("Acme **launched** Widget.", "Acme **unveiled** Widget."));
                break;
            case "a stray file added to the input": folder.Write("input/notes.txt", "not part of the site"); break;
            case "an output file edited": File.WriteAllText(folder["output/index.html"], "<p>edited by hand</p>"); break;
            case "an output file removed": File.Delete(folder["output/feed.xml"]); break;
            case "a file added to the output": File.WriteAllText(folder["output/stray.html"], "stray"); break;
            case "a theme file edited": File.AppendAllText(folder["theme/assets/site.css"], "\n/* edited */\n"); break;
            case "a schema added beside the input": folder.Write("schemas/extra.schema.json", "{}"); break;
            case "another base path": options = options with { BasePath = "/other/" }; break;
        }

        Assert.True(BuildsInFull(options, folder["cache"]), "the build stopped early");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options with { OutputFolder = folder["expected"] }));
        Assert.Equal(Folders.Hashes(folder["expected"]), Folders.Hashes(folder["output"]));
        // And now that the record is of this build, the next one with nothing changed stops early.
        Assert.False(BuildsInFull(options, folder["cache"]), "the build ran again with nothing changed");
    }

    [Fact]
    public void A_failed_build_records_nothing_and_undoing_its_change_finds_the_site_current()
    {
        using var folder = Site();
        var options = Options(folder);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: folder["cache"]));
        var entry = folder["input/entries/2026/acme-launches-widget.md"];
        var text = File.ReadAllText(entry);

        File.WriteAllText(entry, "---\nevent: [unclosed\n---\n");
        Assert.Equal(ExitCodes.ContentErrors, BuildCommand.Run(options, cacheFolder: folder["cache"]));
        File.WriteAllText(entry, text);

        Assert.False(BuildsInFull(options, folder["cache"]));
    }

    [Fact]
    public void The_fingerprint_covers_git_history_the_search_binary_and_the_day()
    {
        using var folder = Site();
        var options = Options(folder);
        var history = new History.RepositoryHistory(new Dictionary<string, History.FileHistory>
        {
            ["entries/2026/acme-launches-widget.md"] = new(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 6)),
        }, "input/", Shallow: false);
        var later = history with { Files = new Dictionary<string, History.FileHistory> { ["entries/2026/acme-launches-widget.md"] = new(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 7)) } };
        var pagefind = folder.Write("bin/pagefind", "a binary");

        var fingerprint = BuildRecord.FingerprintOf(options, history, null);

        Assert.Equal(fingerprint, BuildRecord.FingerprintOf(options, history, null));
        Assert.NotEqual(fingerprint, BuildRecord.FingerprintOf(options, History.RepositoryHistory.None, null));
        Assert.NotEqual(fingerprint, BuildRecord.FingerprintOf(options, later, null));
        Assert.NotEqual(fingerprint, BuildRecord.FingerprintOf(options, history, pagefind));
        // A source dated tomorrow is warned about today and not the day after: a record replays its warnings on its own day only.
        Assert.NotEqual(fingerprint, BuildRecord.FingerprintOf(options with { Today = options.Today.AddDays(1) }, history, null));
        var withPagefind = BuildRecord.FingerprintOf(options, history, pagefind);
        File.AppendAllText(pagefind, " updated");
        Assert.NotEqual(withPagefind, BuildRecord.FingerprintOf(options, history, pagefind));
    }

    [Fact]
    public void The_record_is_of_the_bytes_the_build_read_and_the_history_it_used()
    {
        using var folder = Site();
        var stages = new RecordingStages();

        var (input, _) = stages.LoadInput(folder["input"]);

        Assert.Equal(3, input.Entries.Count);
        Assert.Equal(new Content.InputLoader(folder["input"]).Digest(), stages.InputDigest);
        // A file saved after the build read it: the folder no longer holds what this build was made from.
        File.AppendAllText(folder["input/entries/2026/acme-launches-widget.md"], "\nOne more line.\n");
        Assert.NotEqual(new Content.InputLoader(folder["input"]).Digest(), stages.InputDigest);
        // The build uses the history the build command read to compare with the record, not a second reading of git.
        var history = new History.RepositoryHistory(new Dictionary<string, History.FileHistory>(), "input/", Shallow: false);
        var known = new RecordingStages(history);
        Assert.Same(history, known.ReadHistory(Options(folder)));
        Assert.Same(history, known.History);
    }

    [Fact]
    public void The_fingerprint_reads_large_files_to_the_end()
    {
        using var folder = Site();
        var options = Options(folder);
        var bytes = new byte[200_000];
        var image = folder.WriteBytes("input/static/large.bin", bytes);
        var before = BuildRecord.FingerprintOf(options, History.RepositoryHistory.None, null);

        bytes[150_000] = 1;
        File.WriteAllBytes(image, bytes);

        Assert.NotEqual(before, BuildRecord.FingerprintOf(options, History.RepositoryHistory.None, null));
        File.WriteAllBytes(image, new byte[200_000]);
        Assert.Equal(before, BuildRecord.FingerprintOf(options, History.RepositoryHistory.None, null));
    }

    [Fact]
    public void A_record_that_cannot_be_written_only_warns_and_the_next_build_runs_in_full()
    {
        using var folder = Site();
        folder.Write("cache", "a file where the cache folder would go");

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(folder), cacheFolder: folder["cache"]));
        Assert.True(File.Exists(folder["output/index.html"]));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(folder), cacheFolder: folder["cache"]));
    }

    [Fact]
    public void Temporary_files_of_killed_builds_are_removed_by_the_next_record()
    {
        using var folder = Site();
        var record = BuildRecord.PathFor(folder["cache"], folder["output"]);
        var leftover = folder.Write(Path.Combine("cache", Path.GetFileName(record) + ".999999.tmp"), "half a record");

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(folder), cacheFolder: folder["cache"]));

        Assert.False(File.Exists(leftover));
        Assert.Equal([Path.GetFileName(record)], Directory.EnumerateFiles(folder["cache"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_cache_folder_inside_the_input_or_output_is_refused()
    {
        using var folder = Site();
        var options = Options(folder);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options, cacheFolder: folder["input/cache"]));
        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options, cacheFolder: folder["output"]));
        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options, cacheFolder: folder["theme/cache"]));
        Assert.False(Directory.Exists(folder["input/cache"]));
        Assert.False(Directory.Exists(folder["output"]));
    }

    private static BuildOptions Options(TempFolder folder) => new(folder["input"], folder["theme"], folder["output"], Search: false);

    /// <summary>
    /// Runs the build command and says whether it built (a build, even one that changes nothing, writes a new record; stopping
    /// early writes nothing). The record is dated 2000 first, so a rewrite shows.
    /// </summary>
    private static bool BuildsInFull(BuildOptions options, string cacheFolder)
    {
        var record = BuildRecord.PathFor(cacheFolder, options.OutputFolder);
        var old = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(record, old);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: cacheFolder));
        return File.GetLastWriteTimeUtc(record) != old;
    }

    private static TempFolder Site()
    {
        var folder = new TempFolder();
        SiteBuild.WriteInput(folder, CacheSite.Files);
        folder.CopyFrom(RepositoryPaths.Theme, "theme");
        return folder;
    }

    /// <summary>One run of <c>build</c> in the site's folder (default cache/ and output/); fails the test unless it succeeds.</summary>
    private static string Build(TempFolder folder, params string[] options)
    {
        var (exit, output) = ExplainerProcess.Run(folder.Path, ["build", "--input", "input", "--theme", "theme", "--no-search", .. options]);
        Assert.True(exit == 0, output);
        return output;
    }

    private static SortedDictionary<string, DateTime> Stamps(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.GetLastWriteTimeUtc), StringComparer.Ordinal);
}
