using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Cli;
using Explainer.Search;
using Explainer.Tests.Support;

namespace Explainer.Tests.Search;

/// <summary>
/// Pagefind reads pages in the order the file system lists them, and tmpfs and btrfs list files in the order they were made.
/// A build lets it read a view made in path order (<see cref="PathOrderedView"/>), so the same site gives the same bundle however
/// its files were written. Run on tmpfs (<c>/dev/shm</c>) where there is one: there the order shows; ext4 lists by name hashes.
/// </summary>
public sealed class SearchBundleOrderTests : IDisposable
{
    private const int Entries = 300;
    private readonly string _root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "explainer-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [PagefindFact]
    public void The_same_site_written_in_two_orders_gives_the_same_bundle()
    {
        var built = Build();
        var forwards = Copy(built, "forwards", descending: false);
        var backwards = Copy(built, "backwards", descending: true);
        var glob = "{entries,parties}/**/*.html";

        var listedAlike = Directory.EnumerateDirectories(Path.Combine(forwards, "entries")).Select(Path.GetFileName)
            .SequenceEqual(Directory.EnumerateDirectories(Path.Combine(backwards, "entries")).Select(Path.GetFileName));
        if (!listedAlike)
        {
            // Where the listing follows creation, reading the folders as listed gives two bundles: what the view is for.
            Assert.True(PagefindIndexer.Index(Pagefind.Binary(), forwards, glob).Succeeded);
            Assert.True(PagefindIndexer.Index(Pagefind.Binary(), backwards, glob).Succeeded);
            Assert.NotEqual(Bundle(forwards), Bundle(backwards));
            Directory.Delete(Path.Combine(forwards, SearchPaths.Bundle), recursive: true);
            Directory.Delete(Path.Combine(backwards, SearchPaths.Bundle), recursive: true);
        }

        var first = PagefindIndexer.Index(Pagefind.Binary(), forwards, glob, inPathOrder: true);
        var second = PagefindIndexer.Index(Pagefind.Binary(), backwards, glob, inPathOrder: true);

        Assert.True(first.Succeeded, first.Problem);
        Assert.True(second.Succeeded, second.Problem);
        Assert.Equal(Entries + SyntheticSite.DefaultParties, first.Pages);
        Assert.Equal(Bundle(forwards), Bundle(backwards));
        Assert.False(Directory.Exists(Path.Combine(forwards, PathOrderedView.FolderName)), "the view is removed after indexing");
    }

    [PagefindFact]
    public void A_folder_of_the_views_name_in_the_site_is_left_alone_and_the_site_read_as_it_is()
    {
        var built = Build();
        var own = Path.Combine(built, PathOrderedView.FolderName, "page.html");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        File.WriteAllText(own, "<p>a file of the site</p>");

        var indexed = PagefindIndexer.Index(Pagefind.Binary(), built, "{entries,parties}/**/*.html", inPathOrder: true);

        Assert.True(indexed.Succeeded, indexed.Problem);
        Assert.Equal("<p>a file of the site</p>", File.ReadAllText(own));
    }

    [PagefindFact]
    public void A_view_left_in_the_staging_folder_by_a_killed_build_is_gone_after_the_next_build()
    {
        var input = Path.Combine(_root, "input");
        SyntheticSite.Write(input, 20);
        var output = Path.Combine(_root, "output");
        var options = new BuildOptions(input, RepositoryPaths.Theme, output);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: null));
        Edit(input, 1);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: null));
        // Killed while Pagefind read the view: the view stays in the staging folder, which the next build starts from.
        var staging = output + ".staging";
        Assert.True(Directory.Exists(staging), "the site before last is kept as the next staging folder");
        var stray = Path.Combine(staging, PathOrderedView.FolderName, "entries", SyntheticSite.Slug(0), "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "<p>left behind</p>");

        Edit(input, 2);
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(options, cacheFolder: null));

        Assert.True(Directory.Exists(Path.Combine(output, SearchPaths.Bundle)));
        Assert.False(Path.Exists(Path.Combine(output, PathOrderedView.FolderName)));
        Assert.False(Path.Exists(Path.Combine(staging, PathOrderedView.FolderName)));
    }

    private static void Edit(string input, int revision) =>
        File.WriteAllText(Path.Combine(input, SyntheticSite.EntryPath(3)), SyntheticSite.EntryText(3, 20, revision: revision));

    /// <summary>The generated site, built without its search index.</summary>
    private string Build()
    {
        var input = Path.Combine(_root, "input");
        SyntheticSite.Write(input, Entries);
        var output = Path.Combine(_root, "built");
        Assert.Equal(ExitCodes.Success, BuildCommand.Run(new BuildOptions(input, RepositoryPaths.Theme, output, Search: false), cacheFolder: null));
        return output;
    }

    /// <summary>A copy of the site, its files and folders made in path order or in the reverse order.</summary>
    private string Copy(string site, string name, bool descending)
    {
        var target = Path.Combine(_root, name);
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f)).Order(StringComparer.Ordinal).ToList();
        if (descending) files.Reverse();
        foreach (var file in files)
        {
            var destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(site, file), destination);
        }
        return target;
    }

    private static SortedDictionary<string, string> Bundle(string site) => Folders.Hashes(Path.Combine(site, SearchPaths.Bundle));
}
