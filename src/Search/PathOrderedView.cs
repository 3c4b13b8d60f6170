using Explainer.Output;

namespace Explainer.Search;

/// <summary>
/// A copy of a site's HTML pages for Pagefind to read, made of hard links created one by one in path order (ordinal), inside the
/// site folder. Pagefind reads files in the order the file system lists them, and its index and filter chunks follow that order.
/// ext4 lists a folder in an order its names decide, but tmpfs and btrfs list files in the order they were made, and pages are
/// written by several threads at once: two builds of one input there gave bundles cut differently (README, "Search"). Listed in
/// creation order, this view is always in path order, so the bundle is the same bytes on every file system.
/// </summary>
public static class PathOrderedView
{
    /// <summary>The view's folder inside the site. A build killed while Pagefind runs leaves it in the staging folder, whose
    /// files the next build reconciles with the site it makes (<see cref="OutputWriter"/>), so it is removed then.</summary>
    public const string FolderName = ".pagefind-input";

    /// <summary>
    /// Makes the view of every HTML file of <paramref name="siteFolder"/> (outside the search bundle), or returns null and leaves
    /// nothing behind when a link cannot be made (no hard links on this system or file system), or when the site itself has
    /// something of that name (a folder copied from input/static/): Pagefind then reads the site itself.
    /// </summary>
    public static string? Create(string siteFolder)
    {
        var view = Path.Combine(siteFolder, FolderName);
        if (Path.Exists(view)) return null;
        var pages = FileTree.Walk(siteFolder)
            .Where(e => e.Kind == FileTree.EntryKind.File && e.RelativePath.EndsWith(".html", StringComparison.Ordinal)
                && !e.RelativePath.StartsWith(SearchPaths.Bundle, StringComparison.Ordinal)
                && !e.RelativePath.StartsWith(FolderName + "/", StringComparison.Ordinal))
            .Select(e => e.RelativePath)
            .Order(StringComparer.Ordinal);
        try
        {
            Directory.CreateDirectory(view);
            foreach (var page in pages)
            {
                var link = Path.Combine(view, page);
                // Folders are made as the sorted paths first reach them, so they too are listed in path order.
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                if (!NativeFileSystem.TryHardLink(Path.Combine(siteFolder, page), link))
                {
                    Delete(view);
                    return null;
                }
            }
            return view;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(view);
            return null;
        }
    }

    /// <summary>Removes the view (its links only: the site's own files keep their other name).</summary>
    public static void Delete(string view)
    {
        if (Directory.Exists(view) || File.Exists(view)) FileTree.Delete(view);
    }
}
