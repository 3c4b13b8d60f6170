namespace Explainer.Output;

/// <summary>
/// Lists and deletes what is under a folder without ever following a symbolic link: a link is an entry to remove or report,
/// never a way into another folder. Every deletion the build does goes through here (issue 8: a linked output folder once
/// made the build delete the link's target).
/// </summary>
public static class FileTree
{
    /// <summary>
    /// One entry under a root: its path relative to the root (forward slashes), what it is, and a file's length and last write
    /// time in UTC ticks (from the listing, no extra call).
    /// </summary>
    /// <remarks>A class, not a struct: sorting, mapping and keeping a struct in dictionaries made the runtime compile its own copy of
    /// the framework's generic code in every build (~20 methods); a class uses the copy all classes share, compiled ahead.</remarks>
    public sealed record Entry(string RelativePath, EntryKind Kind, long Length = 0, long Ticks = 0);

    public enum EntryKind { File, Folder, Link }

    /// <summary>True when <paramref name="path"/> itself is a symbolic link (or a Windows junction), whatever it points to.</summary>
    public static bool IsLink(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists) info = new DirectoryInfo(path);
        return (info.Exists || info.LinkTarget is not null) && (info.Attributes & FileAttributes.ReparsePoint) != 0;
    }

    /// <summary>Every file, folder and link under <paramref name="root"/>, parents before children; links are listed, not entered.</summary>
    public static IEnumerable<Entry> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var folder = relative.Length == 0 ? root : Path.Combine(root, relative);
            foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", NoRecursion))
            {
                var path = relative.Length == 0 ? info.Name : relative + "/" + info.Name;
                // On Unix .NET marks symbolic links with ReparsePoint; checking it first means a link to a folder is never entered.
                if ((info.Attributes & FileAttributes.ReparsePoint) != 0) yield return new Entry(path, EntryKind.Link);
                else if ((info.Attributes & FileAttributes.Directory) != 0)
                {
                    yield return new Entry(path, EntryKind.Folder);
                    pending.Push(path);
                }
                else yield return new Entry(path, EntryKind.File, ((FileInfo)info).Length, info.LastWriteTimeUtc.Ticks);
            }
        }
    }

    /// <summary>Deletes <paramref name="path"/>: a link or file is unlinked, a real folder emptied depth-first; nothing behind a link is touched.</summary>
    public static void Delete(string path)
    {
        if (IsLink(path) || File.Exists(path))
        {
            File.Delete(path);
            return;
        }
        if (!Directory.Exists(path)) return;
        var entries = Walk(path).ToList();
        Parallel.ForEach(entries.Where(e => e.Kind != EntryKind.Folder), e => File.Delete(Path.Combine(path, e.RelativePath)));
        // Children were listed after their parents, so deleting in reverse order empties each folder before it is removed.
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (entries[i].Kind == EntryKind.Folder) Directory.Delete(Path.Combine(path, entries[i].RelativePath));
        }
        Directory.Delete(path);
    }

    private static readonly EnumerationOptions NoRecursion = new()
    {
        RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false,
    };
}
