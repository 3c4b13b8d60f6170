using Explainer.Build;
using Explainer.Caching;
using Explainer.Cli;
using Explainer.Output;
using Explainer.Tests.Support;

namespace Explainer.Tests.Caching;

/// <summary>
/// A build that takes entries from the cache makes exactly the site, and reports exactly the diagnostics, of one that parses
/// everything; and nothing wrong with the cache (stale, altered, cut short, unwritable) changes that.
/// </summary>
public class ContentCacheTests
{
    [Fact]
    public void A_build_from_the_cache_equals_a_build_without_it()
    {
        using var folder = Site();
        var options = Options(folder);
        var expected = SiteGenerator.Generate(options);
        Assert.True(expected.Succeeded);
        Assert.NotEmpty(expected.Diagnostics);

        var cold = Build(options, folder["cache"]);
        var warm = Build(options, folder["cache"]);

        Assert.Equal((0, 3), (cold.Cache.Hits, cold.Cache.Made));
        Assert.Equal((3, 0), (warm.Cache.Hits, warm.Cache.Made));
        Assert.Equal(expected.Files, warm.Result.Files);
        Assert.Equal(expected.Diagnostics, warm.Result.Diagnostics);
        Assert.Equal(expected.Files, cold.Result.Files);
    }

    [Fact]
    public void An_edited_entry_is_parsed_again_and_the_others_are_not()
    {
        using var folder = Site();
        var options = Options(folder);
        Build(options, folder["cache"]);

        var path = "input/entries/2026/acme-launches-widget.md";
        folder.Write(path, File.ReadAllText(folder[path]).Replace("Acme **launched** Widget.", "Acme launched Widget, *again*."));
        var warm = Build(options, folder["cache"]);

        Assert.Equal((2, 1), (warm.Cache.Hits, warm.Cache.Made));
        Assert.Equal(SiteGenerator.Generate(options).Files, warm.Result.Files);
    }

    [Fact]
    public void Another_base_path_renders_again()
    {
        using var folder = Site();
        Build(Options(folder), folder["cache"]);
        var moved = Options(folder) with { BasePath = "/elsewhere/" };

        var warm = Build(moved, folder["cache"]);

        Assert.Equal(3, warm.Cache.Made);
        Assert.Equal(SiteGenerator.Generate(moved).Files, warm.Result.Files);
    }

    [Theory]
    [InlineData("altered")]
    [InlineData("cut short")]
    [InlineData("not a cache")]
    [InlineData("empty")]
    public void A_damaged_cache_is_set_aside_and_the_site_is_the_same(string damage)
    {
        using var folder = Site();
        var options = Options(folder);
        Build(options, folder["cache"]);
        var file = Path.Combine(folder["cache"], ContentCache.FileName);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            // A byte in the last record's payload: the header still reads, the record's digest no longer matches.
            "altered" => bytes.Select((b, i) => i == bytes.Length - 3 ? (byte)(b ^ 0x20) : b).ToArray(),
            "cut short" => bytes[..(bytes.Length / 2)],
            "not a cache" => "just some text"u8.ToArray(),
            _ => [],
        });

        var warm = Build(options, folder["cache"]);

        Assert.Equal(SiteGenerator.Generate(options).Files, warm.Result.Files);
        Assert.Equal(SiteGenerator.Generate(options).Diagnostics, warm.Result.Diagnostics);
        if (damage == "altered") Assert.Equal((2, 1), (warm.Cache.Hits, warm.Cache.Made));
        else Assert.Equal(3, warm.Cache.Made);
        // The next build has a whole cache again.
        Assert.Equal(3, Build(options, folder["cache"]).Cache.Hits);
    }

    [Fact]
    public void The_same_results_make_the_same_cache_file()
    {
        using var folder = Site();
        Build(Options(folder), folder["cache"]);
        var first = File.ReadAllBytes(Path.Combine(folder["cache"], ContentCache.FileName));
        Directory.Delete(folder["cache"], recursive: true);

        Build(Options(folder), folder["cache"]);

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(folder["cache"], ContentCache.FileName)));
    }

    [Fact]
    public void Temporary_files_of_killed_builds_are_removed_by_the_next_save()
    {
        using var folder = Site();
        var leftover = folder.Write($"cache/{ContentCache.FileName}.999999.tmp", "half a cache");

        Build(Options(folder), folder["cache"]);

        Assert.False(File.Exists(leftover));
        Assert.Equal([ContentCache.FileName], Directory.EnumerateFiles(folder["cache"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_only_warns()
    {
        using var folder = Site();
        folder.Write("cache", "a file where the cache folder would go");
        using var cache = ContentCache.Open(folder["cache"]);
        var result = SiteGenerator.Generate(Options(folder), new CachedStages(cache), HashingSiteWriter.Instance);

        Assert.True(result.Succeeded);
        Assert.Contains("could not be written", cache.Save());
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(Options(folder), cacheFolder: folder["cache"]));
    }

    [Fact]
    public void The_build_command_keeps_the_cache_beside_the_output_and_refuses_one_inside_the_input()
    {
        using var folder = Site();
        var options = Options(folder);

        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: folder["cache"]));
        Assert.True(File.Exists(Path.Combine(folder["cache"], ContentCache.FileName)));
        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options, cacheFolder: folder["input/cache"]));
        Assert.Equal(ExitCodes.UsageError, BuildCommand.Run(options, cacheFolder: folder["output"]));
        Assert.False(Directory.Exists(folder["input/cache"]));
    }

    private static TempFolder Site()
    {
        var folder = new TempFolder();
        SiteBuild.WriteInput(folder, CacheSite.Files);
        return folder;
    }

    private static BuildOptions Options(TempFolder folder) => new(folder["input"], RepositoryPaths.Theme, folder["output"], GitHistory: false);

    /// <summary>One build through the cache in <paramref name="cacheFolder"/>, saved as the build command saves it.</summary>
    private static (BuildResult Result, ContentCache Cache) Build(BuildOptions options, string cacheFolder)
    {
        var cache = ContentCache.Open(cacheFolder);
        var result = SiteGenerator.Generate(options, new CachedStages(cache), HashingSiteWriter.Instance);
        Assert.Null(cache.Save());
        cache.Dispose();
        return (result, cache);
    }
}
