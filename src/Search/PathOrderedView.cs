using System.IO.Enumeration;
using Explainer.Output;

namespace Explainer.Search;

/// <summary>
/// A copy of a site's HTML pages for Pagefind to read, made of hard links inside the site folder, in an order that depends only on
/// the pages' paths. Pagefind reads files in the order the file system lists them, and its index and filter chunks follow that
/// order. ext4 lists a large folder in an order its names decide, but tmpfs and btrfs (and small ext4 folders) list files in the
/// order they were made, and pages are written by several threads at once: two builds of one input there gave bundles cut
/// differently (README, "Search"). Disposing the view removes it.
/// </summary>
public sealed class PathOrderedView : IDisposable
{
    /// <summary>The view's folder inside the site. A build killed while Pagefind runs leaves it in the staging folder, whose
    /// files the next build reconciles with the site it makes (<see cref="OutputWriter"/>), so it is removed then.</summary>
    public const string FolderName = ".pagefind-input";

    private readonly IReadOnlyList<string> _folders;
    private readonly IReadOnlyList<string> _links;

    private PathOrderedView(string folder, IReadOnlyList<string> folders, IReadOnlyList<string> links)
    {
        Folder = folder;
        _folders = folders;
        _links = links;
    }

    /// <summary>The folder for Pagefind's <c>--site</c>: the site's pages at the same paths, so their addresses are the same.</summary>
    public string Folder { get; }

    /// <summary>
    /// Makes the view of every HTML file of <paramref name="siteFolder"/> (outside the search bundle), or returns null and leaves
    /// nothing behind when a link cannot be made (no hard links on this system or file system), or when the site itself has
    /// something of that name (a folder copied from input/static/): Pagefind then reads the site itself.
    /// </summary>
    public static PathOrderedView? Create(string siteFolder)
    {
        var root = Path.Combine(siteFolder, FolderName);
        if (Path.Exists(root)) return null;
        var pages = Pages(siteFolder);
        // Every folder first, one by one in path order (a folder's subfolders are then listed in that order), then each folder's
        // pages in path order. Folders are independent of each other, so their pages are linked in parallel.
        var folders = pages.Select(p => Path.GetDirectoryName(p)!).Where(f => f.Length > 0)
            .SelectMany(Ancestors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var links = pages.Select(p => Path.Combine(root, p)).ToList();
        var view = new PathOrderedView(root, folders.Select(f => Path.Combine(root, f)).ToList(), links);
        try
        {
            Directory.CreateDirectory(root);
            foreach (var folder in view._folders) Directory.CreateDirectory(folder);
            var failed = 0;
            Parallel.ForEach(pages.GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal), folder =>
            {
                foreach (var page in folder)
                {
                    if (!NativeFileSystem.TryHardLink(Path.Combine(siteFolder, page), Path.Combine(root, page))) Interlocked.Exchange(ref failed, 1);
                }
            });
            if (failed == 0) return view;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        view.Dispose();
        return null;
    }

    /// <summary>Removes the view (its links only: the site's own files keep their other name).</summary>
    public void Dispose()
    {
        try
        {
            Parallel.ForEach(_links, File.Delete);
            // Deepest folders first; folders of one depth are independent of each other.
            foreach (var depth in _folders.GroupBy(f => f.Count(c => c == '/')).OrderByDescending(g => g.Key))
                Parallel.ForEach(depth, folder => { if (Directory.Exists(folder)) Directory.Delete(folder); });
            if (Directory.Exists(Folder)) Directory.Delete(Folder);
        }
        catch (IOException)
        {
            // Something the view did not make is in it: remove whatever is there.
            FileTree.Delete(Folder);
        }
    }

    /// <summary>The site's HTML files by relative path, in path order; the search bundle is not entered (there is no view yet:
    /// <see cref="Create"/> returns before this when there is one).</summary>
    private static List<string> Pages(string siteFolder)
    {
        var bundle = Path.Combine(siteFolder, SearchPaths.Bundle.TrimEnd('/'));
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var pages = new FileSystemEnumerable<string>(siteFolder, (ref FileSystemEntry e) => Path.GetRelativePath(siteFolder, e.ToFullPath()), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".html", StringComparison.Ordinal),
            ShouldRecursePredicate = (ref FileSystemEntry e) =>
                (e.Attributes & FileAttributes.ReparsePoint) == 0 && e.ToFullPath() != bundle,
        };
        return pages.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary><c>a/b/c</c> gives <c>a</c>, <c>a/b</c> and <c>a/b/c</c>.</summary>
    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var slash = folder.IndexOf('/'); slash >= 0; slash = folder.IndexOf('/', slash + 1)) yield return folder[..slash];
        yield return folder;
    }
}
