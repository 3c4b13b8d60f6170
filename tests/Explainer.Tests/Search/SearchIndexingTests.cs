using System.Text.Json;
using Explainer.Build;
using Explainer.Cli;
using Explainer.Output;
using Explainer.Search;
using Explainer.Tests.Support;

namespace Explainer.Tests.Search;

/// <summary>Issue 3: how the build runs Pagefind: on the staged site, deterministically, never at the cost of the previous site.</summary>
public sealed class SearchIndexingTests
{
    private static string FixtureInput => RepositoryPaths.Fixture(Path.Combine("search", "input"));

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a shell script stands in for Pagefind
    public void A_failed_index_leaves_the_previous_site_in_place()
    {
        using var folder = new TempFolder();
        var output = folder["output"];
        Write(output, "previous", null);

        var failing = folder.Write("bin/pagefind", "#!/bin/sh\necho 'index exploded' >&2\nexit 3\n");
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        SearchIndexResult? indexed = null;
        var outcome = Write(output, "next", staging => (indexed = PagefindIndexer.Index(failing, staging)).Succeeded);

        Assert.Equal(OutputWriter.Outcome.Abandoned, outcome);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains("exited with code 3", indexed!.Problem);
        Assert.Contains("index exploded", indexed.Problem);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a shell script stands in for Pagefind
    public void The_pages_indexed_are_the_ones_pagefind_counts_not_the_fragments_left_in_the_bundle()
    {
        using var folder = new TempFolder();
        var site = folder["site"];
        Directory.CreateDirectory(site);
        // Preview indexes into the bundle it served: fragments of pages as they were before a save stay beside the new ones.
        var fake = folder.Write("bin/pagefind", """
            #!/bin/sh
            mkdir -p site/pagefind/fragment
            for n in 1 2 3 4 5; do echo x > site/pagefind/fragment/en_$n.pf_fragment; done
            echo '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3}}}' > site/pagefind/pagefind-entry.json

            """);
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var indexed = PagefindIndexer.Index(fake, site);

        Assert.True(indexed.Succeeded, indexed.Problem);
        Assert.Equal(3, indexed.Pages);
        Assert.StartsWith("Indexed 3 pages for search", indexed.Summary);
    }

    [Fact]
    public void A_missing_PAGEFIND_BINARY_PATH_is_reported_not_silently_replaced()
    {
        var location = PagefindLocator.Locate(_ => { }, name => name == PagefindLocator.BinaryPathVariable ? "/nonexistent/pagefind" : null);

        Assert.Null(location.Binary);
        Assert.Contains("PAGEFIND_BINARY_PATH is '/nonexistent/pagefind', which does not exist", location.Problem);
    }

    [Fact]
    public void PAGEFIND_BINARY_PATH_is_honoured()
    {
        using var folder = new TempFolder();
        var binary = folder.Write("my-pagefind", "");

        var location = PagefindLocator.Locate(_ => { }, name => name == PagefindLocator.BinaryPathVariable ? binary : null);

        Assert.Equal(binary, location.Binary);
    }

    [Theory]
    [InlineData(new[] { "build" }, true)]
    [InlineData(new[] { "build", "--no-search" }, false)]
    public void No_search_option_turns_indexing_off(string[] args, bool search)
    {
        var command = new System.CommandLine.RootCommand { BuildCommand.Create() };
        Assert.Equal(search, BuildCommand.Options(command.Parse(args)).Search);
    }

    [Fact]
    public void A_static_file_in_the_search_bundle_folder_is_an_error()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["static/pagefind/pagefind.js"] = "// not Pagefind" });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("input/static/pagefind/pagefind.js", error.Location.Path);
    }

    [PagefindFact]
    public void Indexing_the_same_site_twice_gives_byte_identical_bundles()
    {
        using var folder = new TempFolder();
        var first = BuildAndIndex(folder["first"]);
        var second = BuildAndIndex(folder["second"]);

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, file => Assert.True(file.Value.SequenceEqual(second[file.Key]), $"{file.Key} differs between two runs"));
    }

    [PagefindFact]
    public void Only_entry_and_party_pages_are_indexed()
    {
        using var folder = new TempFolder();
        BuildAndIndex(folder["site"]);

        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder["site"], "pagefind", "pagefind-entry.json")));
        var pages = entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32();
        Assert.Equal(3 + 4, pages); // the fixture's entries and parties; FAQ and other list pages only link to them (issue 10)
    }

    [Fact]
    public void Pagefind_is_pointed_at_every_folder_with_a_marked_page_and_at_everything_when_that_is_unsure()
    {
        // The real site marks entry, party and standalone pages (pages/page.liquid): each of their folders is read, nothing else.
        var real = SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused", GitHistory: false));
        Assert.Equal("{about,corrections-policy,entries,how-we-source,parties}/**/*.html", real.Result.SearchGlob);

        // HTML of its own in input/static/ might be marked, so everything is read.
        using var withStatic = new TempFolder();
        Assert.Null(SiteBuild.Generate(withStatic, new Dictionary<string, string> { ["static/extra.html"] = "<p data-pagefind-body>x</p>" }).Result.SearchGlob);

        // A partial that marks content could be on any page.
        using var withPartial = new TempFolder();
        SiteBuild.WriteInput(withPartial, new Dictionary<string, string>());
        var theme = withPartial.CopyFrom(RepositoryPaths.Theme, "theme");
        File.AppendAllText(Path.Combine(theme, "partials/tag-list.liquid"), "\n<div data-pagefind-body></div>\n");
        Assert.Null(SiteBuild.InMemory(new BuildOptions(withPartial["input"], theme, withPartial["output"])).Result.SearchGlob);
    }

    [PagefindFact]
    public void Reading_only_the_marked_folders_gives_the_bundle_reading_everything_gives()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Into(new BuildOptions(FixtureInput, RepositoryPaths.Theme, folder["narrow"], "/explainer/"));
        Assert.Equal("{entries,parties}/**/*.html", result.SearchGlob);
        SiteBuild.Into(new BuildOptions(FixtureInput, RepositoryPaths.Theme, folder["wide"], "/explainer/"));

        var binary = Pagefind.Binary();
        Assert.True(PagefindIndexer.Index(binary, folder["narrow"], result.SearchGlob).Succeeded);
        Assert.True(PagefindIndexer.Index(binary, folder["wide"]).Succeeded);
        var narrow = Bundle(folder["narrow"]);
        var wide = Bundle(folder["wide"]);
        Assert.Equal(wide.Keys.Order(StringComparer.Ordinal), narrow.Keys.Order(StringComparer.Ordinal));
        Assert.All(wide, file => Assert.True(file.Value.SequenceEqual(narrow[file.Key]), $"{file.Key} differs"));
    }

    private static Dictionary<string, byte[]> Bundle(string site)
    {
        var bundle = Path.Combine(site, "pagefind");
        return Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(bundle, f), File.ReadAllBytes);
    }

    private static OutputWriter.Outcome Write(string output, string home, Func<string, bool>? finish)
    {
        var (writer, problem) = OutputWriter.Open(OutputFolders.For(output));
        Assert.True(writer is not null, problem);
        var file = writer.Write("index.html", System.Text.Encoding.UTF8.GetBytes(home));
        return writer.Commit([file], finish);
    }

    private static Dictionary<string, byte[]> BuildAndIndex(string site)
    {
        var binary = Pagefind.Binary();
        SiteBuild.Into(new BuildOptions(FixtureInput, RepositoryPaths.Theme, site, "/explainer/"), staging => PagefindIndexer.Index(binary, staging).Succeeded, out var outcome);
        Assert.Equal(OutputWriter.Outcome.Replaced, outcome);
        return Bundle(site);
    }
}
