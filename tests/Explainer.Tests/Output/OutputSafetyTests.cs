using Explainer.Build;
using Explainer.Cli;
using Explainer.Output;
using Explainer.Tests.Support;

namespace Explainer.Tests.Output;

/// <summary>
/// Issue 8, point 1: the build owns only what it made. Each family of the data loss found there: a canary file the build
/// did not make must survive, and the build must say in one line why it refused (exit 2), never with a stack trace.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OutputSafetyTests() => SiteBuild.WriteInput(_folder, new Dictionary<string, string>());

    public void Dispose() => _folder.Dispose();

    private BuildOptions Options(string output) => new(_folder["input"], RepositoryPaths.Theme, output, Search: false);

    private void ChangeTheSite() =>
        _folder.Write("input/site.yml", SiteBuild.MinimalSite["site.yml"].Replace("Test Explainer", "Changed Explainer"));

    private string Canary(string folder)
    {
        var canary = _folder.Write(Path.Combine(folder, "canary.txt"), "mine");
        _folder.Write(Path.Combine(folder, "deep/also-mine.txt"), "mine too");
        return canary;
    }

    [Theory]
    [InlineData("output")]
    [InlineData("output.staging")]
    public void A_symbolic_link_as_the_output_or_staging_folder_is_refused_and_its_target_survives(string linked)
    {
        var canary = Canary("webroot");
        Directory.CreateSymbolicLink(_folder[linked], _folder["webroot"]);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(File.Exists(canary));
        Assert.True(File.Exists(_folder["webroot/deep/also-mine.txt"]));
        Assert.True(FileTree.IsLink(_folder[linked]));
    }

    [Fact]
    public void A_symbolic_link_named_like_the_old_previous_folder_is_never_followed()
    {
        var canary = Canary("webroot");
        Directory.CreateSymbolicLink(_folder["output.previous"], _folder["webroot"]);

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(File.Exists(canary));
        Assert.True(File.Exists(_folder["webroot/deep/also-mine.txt"]));
    }

    [Fact]
    public void A_link_to_the_project_root_as_output_is_refused()
    {
        Directory.CreateSymbolicLink(_folder["output"], _folder.Path);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));
        Assert.True(File.Exists(_folder["input/site.yml"]));
    }

    [Theory]
    [InlineData("input/entries")]
    [InlineData("input")]
    [InlineData("theme/layouts")]
    [InlineData("theme")]
    public void An_output_inside_or_equal_to_input_or_theme_is_refused(string output)
    {
        var theme = _folder.CopyFrom(RepositoryPaths.Theme, "theme");
        var before = Snapshot(_folder.Path);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder[output]) with { ThemeFolder = theme }));

        Assert.Equal(before, Snapshot(_folder.Path));
    }

    [Fact]
    public void An_output_that_contains_the_theme_is_refused()
    {
        var theme = _folder.CopyFrom(RepositoryPaths.Theme, "site/theme");

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["site"]) with { ThemeFolder = theme }));
        Assert.True(File.Exists(Path.Combine(theme, "layouts", "base.liquid")));
    }

    [Fact]
    public void A_link_that_leads_the_output_into_the_input_is_refused()
    {
        Directory.CreateSymbolicLink(_folder["shortcut"], _folder["input"]);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["shortcut/entries"])));
        Assert.True(File.Exists(_folder["input/entries/2026/acme-launches-widget.md"]));
    }

    [Theory]
    [InlineData("src")]
    [InlineData("tests")]
    [InlineData(".git")]
    [InlineData("src/Build")]
    [InlineData("")]
    [InlineData(".")]
    public void The_repository_source_folders_and_the_project_root_are_never_the_output(string output)
    {
        _folder.Write("src/Build/SiteGenerator.cs", "// code");
        _folder.Write("tests/UnitTests.cs", "// code");
        _folder.Write(".git/HEAD", "ref: refs/heads/main");

        var problem = OutputGuard.Problem(output.Length == 0 ? _folder.Path : Path.Combine(_folder.Path, output),
            _folder["input"], RepositoryPaths.Theme, _folder.Path);

        Assert.NotNull(problem);
        Assert.DoesNotContain("\n", problem);
    }

    [Fact]
    public void A_non_empty_folder_without_the_marker_is_refused_and_left_alone()
    {
        var canary = Canary("output");

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(File.Exists(canary));
        Assert.False(Directory.Exists(_folder["output.staging"]));
        var problem = OutputGuard.Problem(_folder["output"], _folder["input"], RepositoryPaths.Theme, _folder.Path);
        // Another folder, never a command to delete this one: `build --output ~` once suggested rm -r of the home folder.
        Assert.Contains("pass --output with another folder", problem);
        Assert.DoesNotContain("rm ", problem);
    }

    [Fact]
    public void A_non_empty_staging_folder_without_the_marker_is_refused_and_left_alone()
    {
        var canary = Canary("output.staging");

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));
        Assert.True(File.Exists(canary));
    }

    [Fact]
    public void An_empty_folder_is_taken_and_marked()
    {
        Directory.CreateDirectory(_folder["output"]);

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        Assert.True(OwnershipMarker.IsMarked(_folder["output"]));
    }

    [Fact]
    public void An_output_folder_of_an_earlier_version_is_recognised_and_replaced()
    {
        foreach (var file in new[] { "index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css", "entries/old/index.html" })
            _folder.Write(Path.Combine("output", file), "old");

        _folder.Write("input/entries/2026/broken.md", "---\nevent: [unclosed\n---\n");
        var before = Snapshot(_folder["output"]);
        Assert.Equal(ExitCodes.ContentErrors, BuildCommand.Run(Options(_folder["output"])));
        Assert.Equal(before, Snapshot(_folder["output"]));
        File.Delete(_folder["input/entries/2026/broken.md"]);

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(OwnershipMarker.IsMarked(_folder["output"]));
        Assert.True(OwnershipMarker.IsMarked(_folder["output.staging"]));
        Assert.False(File.Exists(_folder["output/entries/old/index.html"]));
        Assert.Contains("Acme", File.ReadAllText(_folder["output/index.html"]));
        // The next build finds the swapped-out site marked, not a stranger's folder.
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
    }

    [Fact]
    public void A_folder_that_looks_like_an_earlier_site_but_holds_hidden_files_is_refused()
    {
        foreach (var file in new[] { "index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css", ".git/HEAD" })
            _folder.Write(Path.Combine("output", file), "old");

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));
        Assert.True(File.Exists(_folder["output/.git/HEAD"]));
    }

    [Fact]
    public void A_users_own_previous_folder_is_kept()
    {
        var canary = Canary("output.previous");

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        ChangeTheSite();
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(File.Exists(canary));
        Assert.True(File.Exists(_folder["output.previous/deep/also-mine.txt"]));
    }

    [Fact]
    public void A_link_planted_inside_a_marked_output_folder_is_refused()
    {
        var canary = Canary("webroot");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        Directory.CreateSymbolicLink(_folder["output/entries/planted"], _folder["webroot"]);
        ChangeTheSite();

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(_folder["output"])));
        Assert.True(File.Exists(canary));
    }

    [Fact]
    public void A_link_planted_in_the_staging_folder_is_removed_not_followed()
    {
        var canary = Canary("webroot");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        Directory.CreateDirectory(_folder["output.staging"]);
        OwnershipMarker.Mark(_folder["output.staging"]);
        Directory.CreateSymbolicLink(_folder["output.staging/entries"], _folder["webroot"]);
        ChangeTheSite();

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));

        Assert.True(File.Exists(canary));
        Assert.Equal(["canary.txt", "deep"], Directory.EnumerateFileSystemEntries(_folder["webroot"]).Select(p => Path.GetFileName(p)).Order().ToArray());
        Assert.Contains("Changed Explainer", File.ReadAllText(_folder["output/entries/acme-launches-widget/index.html"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a-file.txt")]
    [InlineData("a-file.txt/output")]
    [InlineData("bad\0name")]
    [InlineData("/")]
    public void An_output_that_cannot_be_a_folder_is_a_one_line_usage_error(string output)
    {
        _folder.Write("a-file.txt", "mine");
        var path = output.Length == 0 || output.Trim().Length == 0 || output == "/" ? output : _folder[output];

        var problem = OutputGuard.Problem(path, _folder["input"], RepositoryPaths.Theme, _folder.Path);

        Assert.NotNull(problem);
        Assert.DoesNotContain("\n", problem);
        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(Options(path)));
        Assert.Equal("mine", File.ReadAllText(_folder["a-file.txt"]));
    }

    [Fact]
    public void A_fresh_clone_with_a_committed_output_link_loses_nothing_when_run_with_the_defaults()
    {
        // The layout of a clone: input/ and theme/ at the root, `output` committed as a link to somewhere precious.
        _folder.CopyFrom(RepositoryPaths.Theme, "theme");
        var canary = Canary("home/www");
        Directory.CreateSymbolicLink(_folder["output"], _folder["home/www"]);

        var (exit, printed) = ExplainerProcess.Run(_folder.Path);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("symbolic link", printed);
        Assert.DoesNotContain("   at ", printed);
        Assert.True(File.Exists(canary));
        Assert.True(File.Exists(_folder["home/www/deep/also-mine.txt"]));
    }

    [Fact]
    public void Check_writes_nothing_and_does_not_mind_a_linked_output()
    {
        var canary = Canary("webroot");
        Directory.CreateSymbolicLink(_folder["output"], _folder["webroot"]);

        Assert.Equal(ExitCodes.Success, CheckCommand.Run(new CheckOptions(_folder["input"], RepositoryPaths.Theme), TextWriter.Null));
        Assert.True(File.Exists(canary));
    }

    [Fact]
    public void A_swap_interrupted_between_its_fallback_renames_is_undone_by_the_next_build_even_a_failed_one()
    {
        // Where folders cannot be exchanged in one step, the output waits in output.swapping for a moment; a kill then leaves no output/.
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(_folder["output"])));
        var site = Snapshot(_folder["output"]);
        Directory.Move(_folder["output"], _folder["output.swapping"]);
        _folder.Write("input/entries/2026/broken.md", "---\nevent: [unclosed\n---\n");

        Assert.Equal(ExitCodes.ContentErrors, BuildCommand.Run(Options(_folder["output"])));

        Assert.Equal(site, Snapshot(_folder["output"]));
        Assert.False(Directory.Exists(_folder["output.swapping"]));
    }

    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText), StringComparer.Ordinal);
}
