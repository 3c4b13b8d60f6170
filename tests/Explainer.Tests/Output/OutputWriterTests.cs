using Explainer.Build;
using Explainer.Output;
using Explainer.Tests.Support;

namespace Explainer.Tests.Output;

/// <summary>Issue 10, point 4: a rebuild writes only the files that changed; the rest of the new site is the previous site's files.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OutputWriterTests() => SiteBuild.WriteInput(_folder, new Dictionary<string, string>());

    public void Dispose() => _folder.Dispose();

    private BuildOptions Options => new(_folder["input"], RepositoryPaths.Theme, _folder["output"], Search: false);

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing()
    {
        SiteBuild.Into(Options);
        var witness = Witness();

        SiteBuild.Into(Options, null, out var outcome);

        Assert.Equal(OutputWriter.Outcome.Unchanged, outcome);
        Assert.All(witness, file => Assert.True(NativeFileSystem.IsSameFile(_folder[Path.Combine("output", file)], _folder[Path.Combine("witness", file)]), file));
    }

    [Fact]
    public void A_fresh_build_spreads_its_top_folders_where_the_file_system_can_and_leaves_no_temporary_folder()
    {
        SiteBuild.Into(Options);

        // The staging folder, swapped in as the output, carries the mark, so ext4 placed each top folder afresh (OutputWriter.SpreadTopFolder).
        Assert.Equal(FileSystems.HasTopOfHierarchyMark(_folder["output"]), NativeFileSystem.IsMarkedTopOfHierarchy(_folder["output"]));
        Assert.Equal(Snapshot(FreshBuild()), Snapshot(_folder["output"]));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_folder["output"]), folder => Path.GetFileName(folder).Contains('.'));
    }

    [Fact]
    public void The_empty_folder_a_build_killed_while_it_made_a_top_folder_leaves_is_gone_after_the_next_build()
    {
        // What a first build killed between making its own-named folder and renaming it leaves: a marked staging folder, no output.
        Directory.CreateDirectory(_folder["output.staging/entries.0123456789abcdef0123456789abcdef"]);
        OwnershipMarker.Mark(_folder["output.staging"]);

        SiteBuild.Into(Options);

        Assert.False(Directory.Exists(_folder["output.staging/entries.0123456789abcdef0123456789abcdef"]));
        Assert.False(Directory.Exists(_folder["output/entries.0123456789abcdef0123456789abcdef"]));
        Assert.Equal(Snapshot(FreshBuild()), Snapshot(_folder["output"]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_rebuild_after_one_edit_writes_only_the_pages_that_changed(int rebuilds)
    {
        SiteBuild.Into(Options);
        for (var i = 1; i < rebuilds; i++)
        {
            Edit($"revision {i}");
            SiteBuild.Into(Options);
        }
        var before = SiteBuild.InMemory(Options);
        var witness = Witness();

        Edit("the last revision");
        var after = SiteBuild.Into(Options, null, out var outcome);

        Assert.Equal(OutputWriter.Outcome.Replaced, outcome);
        var changed = after.Files.Except(before.Result.Files).Select(f => f.Path).ToHashSet();
        Assert.Contains("entries/acme-launches-widget/index.html", changed);
        Assert.Contains("index.html", witness);
        foreach (var file in witness.Where(f => f != OwnershipMarker.FileName))
        {
            var same = NativeFileSystem.IsSameFile(_folder[Path.Combine("output", file)], _folder[Path.Combine("witness", file)]);
            Assert.True(same != changed.Contains(file), $"{file}: {(same ? "not written though it changed" : "written though unchanged")}");
        }
        Assert.Equal(Snapshot(FreshBuild()), Snapshot(_folder["output"]));
    }

    [Fact]
    public void A_file_that_went_away_is_gone_from_the_new_site()
    {
        _folder.Write("input/static/old.txt", "old");
        SiteBuild.Into(Options);
        File.Delete(_folder["input/static/old.txt"]);

        SiteBuild.Into(Options, null, out var outcome);

        Assert.Equal(OutputWriter.Outcome.Replaced, outcome);
        Assert.False(File.Exists(_folder["output/old.txt"]));
        Assert.Equal(Snapshot(FreshBuild()), Snapshot(_folder["output"]));
    }

    [Fact]
    public void A_file_that_becomes_a_folder_and_back_is_replaced_in_the_kept_staging_folder()
    {
        // The staging folder keeps the site before last, so the third build finds a file where it needs a folder, and the
        // fifth a folder where it needs a file (the writer knows both from its listing, without asking per file).
        var asFile = new Dictionary<string, string> { ["input/static/thing"] = "a file" };
        var asFolder = new Dictionary<string, string> { ["input/static/thing/inner.txt"] = "a folder's file" };
        foreach (var (files, note) in new[] { (asFile, "one"), (asFile, "two"), (asFolder, "three"), (asFolder, "four"), (asFile, "five") })
        {
            if (Directory.Exists(_folder["input/static"])) Directory.Delete(_folder["input/static"], recursive: true);
            foreach (var (path, text) in files) _folder.Write(path, text);
            Edit(note);

            SiteBuild.Into(Options, null, out var outcome);

            Assert.Equal(OutputWriter.Outcome.Replaced, outcome);
            Assert.Equal(Snapshot(FreshBuild()), Snapshot(_folder["output"]));
            Directory.Delete(_folder["fresh"], recursive: true);
        }
    }

    [Fact]
    public void The_writer_knows_every_file_it_left_as_listing_the_output_would_show_it()
    {
        // The build record takes the output's sizes and write times from the writer instead of listing 10,000 folders again,
        // so after every kind of commit the two must agree: first build, nothing changed, an edit, a search bundle written by
        // another program, its removal, and the staging folder's site before last taken up again.
        var steps = new (string Note, Func<string, bool>? Finish, OutputWriter.Outcome Outcome)[]
        {
            ("first", null, OutputWriter.Outcome.Replaced),
            ("first", null, OutputWriter.Outcome.Unchanged),
            ("second", null, OutputWriter.Outcome.Replaced),
            ("second", FakeIndex, OutputWriter.Outcome.Replaced),
            ("second", FakeIndex, OutputWriter.Outcome.Unchanged),
            ("first", null, OutputWriter.Outcome.Replaced),
            ("second", null, OutputWriter.Outcome.Replaced),
        };
        foreach (var (note, finish, expected) in steps)
        {
            Edit(note);
            var (writer, problem) = OutputWriter.Open(OutputFolders.For(_folder["output"]));
            Assert.True(writer is not null, problem);
            var result = SiteGenerator.Generate(Options, writer);

            Assert.Equal(expected, writer.Commit(result.Files, finish));

            var listed = FileTree.Walk(_folder["output"]).Where(e => e.Kind != FileTree.EntryKind.Folder).OrderBy(e => e.RelativePath, StringComparer.Ordinal);
            Assert.Equal(listed.Select(e => $"{e.RelativePath} {e.Length} {e.Ticks}"), writer.OutputFiles!.Select(e => $"{e.RelativePath} {e.Length} {e.Ticks}"));
        }
    }

    private static bool FakeIndex(string staging)
    {
        Directory.CreateDirectory(Path.Combine(staging, "pagefind", "index"));
        File.WriteAllText(Path.Combine(staging, "pagefind", "pagefind.js"), "// index");
        File.WriteAllText(Path.Combine(staging, "pagefind", "index", "a.pf_index"), "index");
        return true;
    }

    private void Edit(string summary) =>
        _folder.Write("input/entries/2026/acme-launches-widget.md",
            SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("summary: Acme launched Widget.", $"summary: Acme launched Widget ({summary})."));

    /// <summary>Second names for every file of the live site, so a later build cannot reuse those inodes for other content.</summary>
    private List<string> Witness()
    {
        var files = Directory.EnumerateFiles(_folder["output"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder["output"], f)).ToList();
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_folder[Path.Combine("witness", file)])!);
            Assert.True(NativeFileSystem.TryHardLink(_folder[Path.Combine("output", file)], _folder[Path.Combine("witness", file)]));
        }
        return files;
    }

    private string FreshBuild()
    {
        SiteBuild.Into(Options with { OutputFolder = _folder["fresh"] });
        return _folder["fresh"];
    }

    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText), StringComparer.Ordinal);
}
