using System.Diagnostics;
using Explainer.Build;
using Explainer.Cli;
using Explainer.Output;
using Explainer.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Preview;

/// <summary>
/// Issue 11 point 1: the pull-request artifact is built for the root ('--base-path /'), so a reviewer who unzips it and runs any
/// static server in that folder (here Python's) can follow every link; <c>serve</c> does the same with our own server.
/// </summary>
public class RootPreviewTests
{
    [Theory]
    [InlineData("python")]
    [InlineData("serve")]
    public async Task A_site_built_for_the_root_works_from_the_root_of_a_static_server(string server)
    {
        using var folder = new TempFolder();
        var site = Build(folder, "/");

        var (count, broken) = await CrawlAsync(site, server);

        Assert.Empty(broken);
        Assert.True(count > 20, $"only {count} URLs were reached");
    }

    /// <summary>The control: the old artifact, built for /explainer/, breaks at the root, so the crawl above can fail.</summary>
    [Fact]
    public async Task A_site_built_for_a_sub_path_does_not_work_from_the_root()
    {
        using var folder = new TempFolder();
        var site = Build(folder, "/explainer/");

        var (_, broken) = await CrawlAsync(site, "python");

        Assert.Contains(broken, b => b.StartsWith("/explainer/assets/", StringComparison.Ordinal));
    }

    /// <summary><c>serve output</c> without <c>--base-path</c>: a site built for /explainer/ is served there, and every link works.</summary>
    [Theory]
    [InlineData("/explainer/")]
    [InlineData("/")]
    public async Task Serve_finds_the_base_path_the_site_was_built_for(string basePath)
    {
        using var folder = new TempFolder();
        var site = Build(folder, basePath);

        var found = BuiltBasePath.Of(site);
        Assert.Equal(basePath, found);
        var port = SiteCrawler.FreePort();
        await using var pages = await PagesServer.StartAsync(site, found!, port);
        var (count, broken) = await SiteCrawler.CrawlAsync(pages.Address);
        Assert.Empty(broken);
        Assert.True(count > 20, $"only {count} URLs were reached");
    }

    [Theory]
    [InlineData("/explainer/assets/site.css|/explainer/|/explainer/timeline/?y=1|/explainer/faq/#q", "/explainer/")]
    [InlineData("/a/b/x.css|/a/b/|/a/c/", "/a/")]
    [InlineData("/assets/site.css|/timeline/", "/")]
    [InlineData("/explainer", "/")]
    [InlineData("", null)]
    [InlineData("/bad path/x.css", null)]
    public void The_base_path_is_the_folder_every_link_shares(string links, string? expected) =>
        Assert.Equal(expected, BuiltBasePath.FromLinks(links.Split('|', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void A_home_page_without_root_relative_links_gives_no_base_path()
    {
        using var folder = new TempFolder();
        folder.Write("site/index.html", "<a href=\"https://example.org/x/\">x</a> <a href=\"//cdn.example/y/\">y</a> <a href=\"timeline/\">t</a>");
        Assert.Null(BuiltBasePath.Of(folder["site"]));
        Assert.Null(BuiltBasePath.Of(folder["missing"]));
    }

    /// <summary>A named pipe as index.html: opening it to read would wait for a writer, so serve would never start.</summary>
    [Fact]
    public void A_pipe_as_the_home_page_is_not_read()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["site"]);
        Assert.Equal(0, Fifo.Make(folder["site/index.html"]));
        Directory.CreateDirectory(folder["linked"]);
        File.CreateSymbolicLink(folder["linked/index.html"], folder["site/index.html"]);

        var read = Task.Run(() => (BuiltBasePath.Of(folder["site"]), BuiltBasePath.Of(folder["linked"])));
        Assert.True(read.Wait(TimeSpan.FromSeconds(10)), "reading the home page waited for a writer");
        Assert.Equal((null, null), read.Result);
    }

    [Fact]
    public void Serve_refuses_a_folder_that_is_not_a_built_site()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["empty"]);
        Assert.Equal(ExitCodes.UsageError, ServeCommand.Run(folder["missing"], "/", 0));
        Assert.Equal(ExitCodes.UsageError, ServeCommand.Run(folder["empty"], "/", 0));
        Assert.Contains("no index.html", ServeCommand.UsageProblem(folder["empty"], "/", 0));
        Assert.Contains("does not exist", ServeCommand.UsageProblem(folder["missing"], "/", 0));
        var file = folder.Write("index.html", "<!doctype html>");
        Assert.Contains("is a file; give the folder", ServeCommand.UsageProblem(file, "/", 0));
    }

    private static string Build(TempFolder folder, string basePath)
    {
        var result = SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, folder["site"], basePath));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files) folder.WriteBytes(Path.Combine("site", file.Path), file.Bytes);
        return folder["site"];
    }

    private static async Task<(int, IReadOnlyList<string>)> CrawlAsync(string site, string server)
    {
        var port = SiteCrawler.FreePort();
        if (server == "serve")
        {
            await using var pages = await PagesServer.StartAsync(site, "/", port);
            return await SiteCrawler.CrawlAsync(pages.Address);
        }

        var start = new ProcessStartInfo("python3", ["-m", "http.server", port.ToString(), "--bind", "127.0.0.1"])
        {
            WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started (apt-get install python3)");
        try
        {
            var address = new Uri($"http://127.0.0.1:{port}/");
            await WaitUntilListening(address);
            return await SiteCrawler.CrawlAsync(address);
        }
        finally
        {
            python.Kill();
            await python.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilListening(Uri address)
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await client.GetAsync(address);
                return;
            }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        throw new TimeoutException($"nothing answered at {address}");
    }
}
