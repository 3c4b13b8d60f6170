using Explainer.Build;
using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>The command's contract: exit codes, and a failed build leaves the previous output exactly as it was.</summary>
public class BuildCommandTests
{
    [Fact]
    public void A_failed_build_exits_1_and_leaves_the_previous_output_untouched()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var options = new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options));
        var before = Files(folder["output"]);

        folder.Write("input/entries/2026/broken.md", "---\nevent: [unclosed\n---\n");
        var exit = BuildCommand.Run(options);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal(before, Files(folder["output"]));
    }

    [Fact]
    public void A_successful_build_replaces_stale_files()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var options = new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options));
        folder.Write("output/stale.html", "old");

        var exit = BuildCommand.Run(options);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.False(File.Exists(folder["output/stale.html"]));
        Assert.True(File.Exists(folder["output/index.html"]));
    }

    [Theory]
    [InlineData("missing-input", null, null)]
    [InlineData(null, "not a url", null)]
    [InlineData(null, null, "https://evil.example/")]
    public void Bad_options_exit_2_before_anything_is_written(string? input, string? url, string? basePath)
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var options = new BuildOptions(input is null ? folder["input"] : folder[input], RepositoryPaths.Theme, folder["output"], basePath, url);

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options));
        Assert.False(Directory.Exists(folder["output"]));
    }

    [Fact]
    public void An_input_or_theme_that_is_a_file_is_called_a_file()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var file = folder["input/site.yml"];

        Assert.StartsWith($"the input folder '{file}' is a file", BuildCommand.UsageProblem(new BuildOptions(file, RepositoryPaths.Theme, folder["output"])));
        Assert.StartsWith($"the theme folder '{file}' is a file", BuildCommand.UsageProblem(new BuildOptions(folder["input"], file, folder["output"])));
        Assert.Contains("does not exist", BuildCommand.UsageProblem(new BuildOptions(folder["nothing"], RepositoryPaths.Theme, folder["output"])));
        Assert.Null(BuildCommand.UsageProblem(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"])));
    }

    [Fact]
    public void An_output_folder_that_contains_the_input_is_refused()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder.Path)));
        Assert.True(File.Exists(folder["input/site.yml"]));
    }

    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText), StringComparer.Ordinal);
}
