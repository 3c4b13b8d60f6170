using Explainer.Build;
using Explainer.Cli;
using Explainer.SiteModel;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>A base path is written into every link of the site, so only one made of plain URL path folders is taken.</summary>
public class BasePathTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("/explainer/")]
    [InlineData("explainer")]
    [InlineData("/Explainer.v2_old-site~x/")]
    [InlineData("/org/explainer/")]
    public void A_path_of_plain_folders_is_a_base_path(string basePath) => Assert.Null(SiteUrls.BasePathProblem(basePath));

    [Fact]
    public void Extra_slashes_are_trimmed_so_links_never_start_with_two()
    {
        Assert.Null(SiteUrls.BasePathProblem("//explainer//"));
        Assert.Equal("/explainer/", SiteUrls.NormaliseBasePath("//explainer//"));
    }

    [Theory]
    [InlineData("/a b/")]
    [InlineData("/../")]
    [InlineData("/explainer/../other/")]
    [InlineData("/./")]
    [InlineData("/ex\"plainer/")]
    [InlineData("/x?y/")]
    [InlineData("/x#y/")]
    [InlineData("https://example.org/explainer/")]
    [InlineData("/caf\u00e9/")]
    [InlineData("/a%20b/")]
    public void Anything_else_is_refused_with_an_example(string basePath)
    {
        var problem = SiteUrls.BasePathProblem(basePath);

        Assert.NotNull(problem);
        Assert.Contains("such as /explainer/", problem);
        Assert.Contains(basePath, problem);
    }

    [Fact]
    public void The_build_refuses_such_a_base_path_before_reading_anything()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var options = new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"], "/a b/");

        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options));
        Assert.False(Directory.Exists(options.OutputFolder));
    }
}
