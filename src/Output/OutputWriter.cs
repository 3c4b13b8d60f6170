using System.Collections.Concurrent;
using Explainer.Search;

namespace Explainer.Output;

/// <summary>
/// The build's writer, and the only code that replaces the output folder. Files arrive as they are rendered (<see cref="Write"/>);
/// each is compared with the live site, and only new or changed bytes are written, into the staging folder beside it.
/// <see cref="Commit"/> completes the staging folder with hard links to the live site's unchanged files and swaps the two folders
/// in one atomic step, so <c>output/</c> is always a complete site (the previous one until the swap, the new one after), even under
/// <c>kill -9</c>. The swapped-out site stays in the staging folder, where the next build updates it instead of starting from nothing.
/// </summary>
/// <remarks>
/// Why this scheme (README "How the output folder is replaced" has the figures): deleting the previous site file by file and writing
/// every file again cost more than rendering on a 10,000-entry site. Here a rebuild where nothing changed writes nothing and swaps
/// nothing; a small change writes a few files, relinks the rest and swaps. Nothing is ever deleted through a link (<see cref="FileTree"/>),
/// and only folders carrying <see cref="OwnershipMarker"/> (checked first by <see cref="OutputGuard"/>) are touched.
/// </remarks>
public sealed class OutputWriter : ISiteWriter
{
    private readonly OutputFolders _folders;
    private readonly Dictionary<string, FileTree.Entry> _live;
    private readonly Dictionary<string, FileTree.Entry> _staged = new(StringComparer.Ordinal);
    // The size and write time of every file of the new site, as this build wrote, linked or kept it: the build record's picture of
    // the output, without listing 10,000 folders again after the swap (that cost ~0.3 s of every large build).
    private readonly ConcurrentDictionary<string, FileTree.Entry> _stamps = new(StringComparer.Ordinal);
    private IReadOnlyList<FileTree.Entry>? _outputFiles;
    // Folders known to exist in the staging folder: each file's folder is made once, not asked for with one mkdir per file
    // (parallel mkdir calls on the same parent contend for its lock in the kernel; it was 7% of a 10,000-entry build).
    private readonly ConcurrentDictionary<string, bool> _stagedFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unchanged = new(StringComparer.Ordinal);
    private readonly Lock _stagingLock = new();
    private readonly Lock _topFolderLock = new();
    private volatile bool _stagingReady;
    // Whether the staging folder carries ext2/3/4's top-of-hierarchy mark (see SpreadTopFolder).
    private bool _spreadsTopFolders;
    private volatile bool _changed;

    private readonly Replacement _replacement;

    private OutputWriter(OutputFolders folders, Dictionary<string, FileTree.Entry> live, Replacement replacement)
    {
        _folders = folders;
        _live = live;
        _replacement = replacement;
    }

    /// <summary>What <see cref="Commit"/> did.</summary>
    public enum Outcome { Replaced, Unchanged, Abandoned }

    /// <summary>
    /// How the previous site is replaced. The build uses <see cref="ChangedFilesOnly"/>; the others exist so that <c>benchmark --replacement</c>
    /// can measure the alternatives side by side on the same site.
    /// </summary>
    public enum Replacement
    {
        /// <summary>Write only new or changed files into the kept staging folder, hard-link the rest, swap, keep the old site for next time.</summary>
        ChangedFilesOnly,
        /// <summary>The same, but delete the swapped-out site at once (no folder kept beside the output).</summary>
        LinkAndDelete,
        /// <summary>What earlier versions did: write every file into an empty staging folder, swap, delete the old site.</summary>
        RewriteEverything,
    }

    /// <summary>
    /// Gets the folders ready after <see cref="OutputGuard"/> allowed them: finishes a swap an interrupted build left half done,
    /// and lists what the live site holds.
    /// </summary>
    /// <returns>The writer, or a problem (exit 2) when the live folder holds a link, which the build never makes.</returns>
    public static (OutputWriter? Writer, string? Problem) Open(OutputFolders folders, Replacement replacement = Replacement.ChangedFilesOnly)
    {
        Recover(folders);
        if (replacement == Replacement.RewriteEverything && Directory.Exists(folders.Staging)) FileTree.Delete(folders.Staging);
        var live = new Dictionary<string, FileTree.Entry>(StringComparer.Ordinal);
        if (Directory.Exists(folders.Output))
        {
            foreach (var entry in FileTree.Walk(folders.Output))
            {
                if (entry.Kind == FileTree.EntryKind.Link)
                    return (null, $"'{folders.Given}/{entry.RelativePath}' is a symbolic link, which the build never makes, so something else changed " +
                        $"'{folders.Given}'; the build will not replace it: look at it, and if nothing there is yours, run: rm -r '{folders.Given}'");
                if (entry.Kind == FileTree.EntryKind.File) live[entry.RelativePath] = entry;
            }
        }
        if (replacement == Replacement.RewriteEverything) live.Clear();
        return (new OutputWriter(folders, live, replacement), null);
    }

    public SiteFile Write(string path, ReadOnlySpan<byte> bytes)
    {
        var file = SiteFile.Of(path, bytes);
        if (_live.TryGetValue(path, out var live) && live.Length == bytes.Length && SameBytes(Path.Combine(_folders.Output, path), bytes))
        {
            _unchanged[path] = true;
            _stamps[path] = live;
            return file;
        }
        _changed = true;
        EnsureStaging();
        var staged = Path.Combine(_folders.Staging, path);
        // The staging folder holds the site before last, which often has this very file (an edit undone, a page that flips back).
        if (_staged.TryGetValue(path, out var kept) && kept.Length == bytes.Length && SameBytes(staged, bytes))
        {
            _stamps[path] = kept;
            return file;
        }
        ClearSlot(path);
        using var handle = File.OpenHandle(staged, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        _stamps[path] = new FileTree.Entry(path, FileTree.EntryKind.File, bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        return file;
    }

    /// <summary>
    /// Makes the staging folder exactly the site of <paramref name="files"/> and swaps it in, unless the live site already is that site.
    /// </summary>
    /// <param name="finish">Runs on the complete staging folder before the swap (the search indexer writes its bundle there);
    /// returning false abandons the new site and keeps the live one. Null means the site has no search bundle.</param>
    public Outcome Commit(IReadOnlyList<SiteFile> files, Func<string, bool>? finish = null)
    {
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        wanted.Add(OwnershipMarker.FileName);
        var indexed = finish is not null;
        if (!_changed && Directory.Exists(_folders.Output) && LiveSiteIsComplete(wanted, indexed))
        {
            _outputFiles = InPathOrder(_live.Values);
            return Outcome.Unchanged;
        }

        EnsureStaging();
        Parallel.ForEach(_unchanged.Keys, LinkFromLiveSite);
        Prune(wanted);
        if (finish is not null && !finish(_folders.Staging)) return Outcome.Abandoned;
        _stamps[OwnershipMarker.FileName] = Staged(OwnershipMarker.FileName);
        // The search index is the one part of the site another program wrote: its folder is listed.
        var bundle = Path.Combine(_folders.Staging, SearchPaths.Bundle);
        if (Directory.Exists(bundle))
        {
            foreach (var entry in FileTree.Walk(bundle).Where(e => e.Kind != FileTree.EntryKind.Folder))
                _stamps[SearchPaths.Bundle + entry.RelativePath] = entry with { RelativePath = SearchPaths.Bundle + entry.RelativePath };
        }
        _outputFiles = InPathOrder(_stamps.Values);
        Swap();
        if (_replacement != Replacement.ChangedFilesOnly) FileTree.Delete(_folders.Staging);
        // The swapped-out site of an earlier version (OutputGuard recognised it) becomes the build's own; nothing is written into the
        // live folder before that, so a failed build leaves even an unmarked earlier site exactly as it was.
        else if (Directory.Exists(_folders.Staging) && !OwnershipMarker.IsMarked(_folders.Staging)) OwnershipMarker.Mark(_folders.Staging);
        return Outcome.Replaced;
    }

    /// <summary>
    /// Every file the output folder holds after <see cref="Commit"/>, with its size and write time, in path order: what listing the
    /// folder would give, known without listing it. Null before a commit and after an abandoned one.
    /// </summary>
    public IReadOnlyList<FileTree.Entry>? OutputFiles => _outputFiles;

    private static List<FileTree.Entry> InPathOrder(IEnumerable<FileTree.Entry> files) =>
        files.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();

    /// <summary>A file of the staging folder as a listing would show it.</summary>
    private FileTree.Entry Staged(string relativePath)
    {
        var info = new FileInfo(Path.Combine(_folders.Staging, relativePath));
        return new FileTree.Entry(relativePath, FileTree.EntryKind.File, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>True when the live folder holds exactly the wanted files (plus, when indexing, the search bundle a previous build made).</summary>
    private bool LiveSiteIsComplete(HashSet<string> wanted, bool indexed)
    {
        if (wanted.Any(path => !_live.ContainsKey(path))) return false;
        var bundle = _live.Keys.Where(IsSearchBundle).ToList();
        if (indexed != bundle.Count > 0) return false;
        return _live.Count == wanted.Count + bundle.Count;
    }

    private static bool IsSearchBundle(string path) => path.StartsWith(SearchPaths.Bundle, StringComparison.Ordinal);

    /// <summary>An unchanged file becomes a second name for the live file: no bytes copied, and the live file itself is never written to.</summary>
    private void LinkFromLiveSite(string path)
    {
        var staged = Path.Combine(_folders.Staging, path);
        var live = Path.Combine(_folders.Output, path);
        // After a swap most files of the kept site are already links to the live ones: two stat calls instead of unlink and link.
        if (NativeFileSystem.IsSameFile(live, staged)) return;
        ClearSlot(path);
        if (NativeFileSystem.TryHardLink(live, staged)) return;
        File.Copy(live, staged);
        _stamps[path] = Staged(path);
    }

    /// <summary>
    /// Removes from the staging folder what the new site does not have (the search bundle too: the indexer makes it afresh).
    /// Works from the listing <see cref="EnsureStaging"/> made: everything else in the folder was written or linked by this build
    /// for a wanted file, so a staging folder that started empty (a first build) has nothing to prune and is not walked again.
    /// </summary>
    private void Prune(HashSet<string> wanted)
    {
        // A listed file may be gone already: an older file stood where this site has a folder, or inside a folder this site replaced with a file.
        Parallel.ForEach(_staged.Keys.Where(path => !wanted.Contains(path)).Select(path => Path.Combine(_folders.Staging, path)).Where(File.Exists), File.Delete);
        var keep = new HashSet<string>(StringComparer.Ordinal) { _folders.Staging };
        foreach (var path in wanted)
        {
            for (var folder = Path.GetDirectoryName(Path.Combine(_folders.Staging, path))!; keep.Add(folder); folder = Path.GetDirectoryName(folder)!) { }
        }
        // Deepest first, so a folder is empty by the time it is removed.
        foreach (var folder in _stagedFolders.Keys.Where(f => !keep.Contains(f)).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    /// <summary>
    /// Exchanges the staging and output folders atomically (Linux). Elsewhere, or on a file system that cannot exchange, three renames
    /// through <see cref="OutputFolders.Swapping"/>: a kill between them leaves no output folder until the next build's
    /// <see cref="Recover"/> puts the previous site back.
    /// </summary>
    private void Swap()
    {
        if (!Directory.Exists(_folders.Output))
        {
            Directory.Move(_folders.Staging, _folders.Output);
            return;
        }
        if (NativeFileSystem.TryExchange(_folders.Staging, _folders.Output)) return;
        Directory.Move(_folders.Output, _folders.Swapping);
        Directory.Move(_folders.Staging, _folders.Output);
        Directory.Move(_folders.Swapping, _folders.Staging);
    }

    /// <summary>Finishes or undoes the fallback swap when a build was killed in the middle of it.</summary>
    private static void Recover(OutputFolders folders)
    {
        if (!Directory.Exists(folders.Swapping) || !OwnershipMarker.IsMarked(folders.Swapping)) return;
        if (!Directory.Exists(folders.Output)) Directory.Move(folders.Swapping, folders.Output);
        else if (!Directory.Exists(folders.Staging)) Directory.Move(folders.Swapping, folders.Staging);
        else FileTree.Delete(folders.Swapping);
    }

    /// <summary>Creates or takes over the staging folder once: marked first, links in it removed (never followed), its files listed.</summary>
    private void EnsureStaging()
    {
        if (_stagingReady) return;
        lock (_stagingLock)
        {
            if (_stagingReady) return;
            Directory.CreateDirectory(_folders.Staging);
            if (!OwnershipMarker.IsMarked(_folders.Staging)) OwnershipMarker.Mark(_folders.Staging);
            _spreadsTopFolders = NativeFileSystem.TryMarkTopOfHierarchy(_folders.Staging);
            _stagedFolders[_folders.Staging] = true;
            foreach (var entry in FileTree.Walk(_folders.Staging))
            {
                var path = Path.Combine(_folders.Staging, entry.RelativePath);
                if (entry.Kind == FileTree.EntryKind.Link) File.Delete(path);
                else if (entry.Kind == FileTree.EntryKind.File) _staged[entry.RelativePath] = entry;
                else _stagedFolders[path] = true;
            }
            _stagingReady = true;
        }
    }

    /// <summary>
    /// Frees a path in the staging folder for a new file. Files there may be hard links shared with the live site, so they are
    /// unlinked and replaced, never written to; a folder or file standing where a file or folder must go is removed.
    /// The listing made by <see cref="EnsureStaging"/> says what stands where, so a free slot costs no system call.
    /// </summary>
    private void ClearSlot(string relativePath)
    {
        var path = Path.Combine(_folders.Staging, relativePath);
        var parent = Path.GetDirectoryName(path)!;
        if (!_stagedFolders.ContainsKey(parent))
        {
            if (_spreadsTopFolders) SpreadTopFolder(relativePath);
            try
            {
                Directory.CreateDirectory(parent);
            }
            catch (IOException)
            {
                // A file of the older site stands where this page's folder goes (a page became a folder of pages).
                for (var ancestor = parent; ancestor.Length > _folders.Staging.Length; ancestor = Path.GetDirectoryName(ancestor)!)
                {
                    if (File.Exists(ancestor) || FileTree.IsLink(ancestor)) File.Delete(ancestor);
                }
                Directory.CreateDirectory(parent);
            }
            for (var folder = parent; folder.Length > _folders.Staging.Length; folder = Path.GetDirectoryName(folder)!) _stagedFolders[folder] = true;
        }
        if (_stagedFolders.ContainsKey(path))
        {
            // A folder of the older site stands where this file goes (a folder of pages became one page): nothing of the new site
            // lies under it, so no other thread is writing there.
            FileTree.Delete(path);
            foreach (var folder in _stagedFolders.Keys.Where(f => f == path || f.StartsWith(path + "/", StringComparison.Ordinal))) _stagedFolders.TryRemove(folder, out _);
        }
        else if (_staged.ContainsKey(relativePath)) File.Delete(path);
    }

    /// <summary>
    /// Makes the top folder of <paramref name="relativePath"/> (<c>entries/</c> of <c>entries/x/index.html</c>) under a name of its own
    /// for this build, then renames it: in the marked staging folder, ext4 picks a block group for it from a start its name decides, and
    /// everything under it follows it there. Under its usual name it would land, build after build, in the block group of the folder
    /// deleted a moment before.
    /// </summary>
    /// <remarks>
    /// Why (README "How the output folder is replaced"): ext4 without a journal does not reuse an inode freed in the last minute, and
    /// for each new file skips every such inode of its block group one by one. After <c>rm -r output</c>, a fresh 10,000-entry build
    /// spent ~7 s of system time skipping (8.6 s against 1.4 s on tmpfs). Nothing but where the folders live changes; a kill between
    /// the two steps leaves an empty folder in the staging folder, which the next build's <see cref="Prune"/> removes.
    /// </remarks>
    private void SpreadTopFolder(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash < 0) return;
        var top = Path.Combine(_folders.Staging, relativePath[..slash]);
        if (_stagedFolders.ContainsKey(top)) return;
        lock (_topFolderLock)
        {
            if (Path.Exists(top) || FileTree.IsLink(top)) return; // made by another thread, or something ClearSlot deals with
            var ownName = $"{top}.{Guid.NewGuid():N}";
            Directory.CreateDirectory(ownName);
            Directory.Move(ownName, top);
        }
    }

    /// <summary>Compares a file with bytes chunk by chunk through a small stack buffer (no pooled page-sized arrays to trim at every full GC).</summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (RandomAccess.GetLength(handle) != bytes.Length) return false;
        Span<byte> chunk = stackalloc byte[16 * 1024];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var n = RandomAccess.Read(handle, chunk[..Math.Min(chunk.Length, bytes.Length - offset)], offset);
            if (n == 0 || !chunk[..n].SequenceEqual(bytes.Slice(offset, n))) return false;
            offset += n;
        }
        return true;
    }
}
