using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>
/// What <see cref="InputLoader"/> made of each file last time, keyed by full path and stamped with size and modification time.
/// Preview keeps one between rebuilds so only changed files are read again; paths a file watcher reports are
/// <see cref="Invalidate"/>d so a save within the same clock tick is still seen. One load at a time.
/// </summary>
public sealed class InputLoadCache
{
    private readonly Dictionary<string, (FileStamp Stamp, LoadedFile File)> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    /// <summary>What the folder held at the last load, in ordinal order; null until the first load and after <see cref="Clear"/>.</summary>
    internal IReadOnlyList<ListedFile>? Listing { get; private set; }

    /// <summary>Paths reported changed since <see cref="Listing"/> was made: the next load lists them again, and only them.</summary>
    internal IReadOnlySet<string> ChangedSinceListing => _changed;

    /// <summary>
    /// Forgets the files at these paths, or under them when a path is a folder. The caller names every path that changed since the
    /// last load (a file watcher's report); when it may have missed some it calls <see cref="Clear"/> instead.
    /// </summary>
    public void Invalidate(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths.Select(p => Path.GetFullPath(p).TrimEnd('/')))
        {
            _changed.Add(path);
            _files.Remove(path);
            var folder = path + "/";
            foreach (var key in _files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).ToList()) _files.Remove(key);
        }
    }

    public void Clear()
    {
        _files.Clear();
        _changed.Clear();
        Listing = null;
    }

    internal void RememberListing(IReadOnlyList<ListedFile> listing)
    {
        Listing = listing;
        _changed.Clear();
    }

    internal LoadedFile? Find(string fullPath, FileStamp stamp) =>
        _files.TryGetValue(fullPath, out var known) && known.Stamp == stamp ? known.File : null;

    internal void Remember(string fullPath, FileStamp stamp, LoadedFile file) => _files[fullPath] = (stamp, file);

    /// <summary>Drops files that are no longer in the folder.</summary>
    internal void Forget(IEnumerable<string> present)
    {
        var keep = present.ToHashSet(StringComparer.Ordinal);
        foreach (var key in _files.Keys.Where(k => !keep.Contains(k)).ToList()) _files.Remove(key);
    }
}

/// <summary>One file (or symbolic link, never followed) found by listing the input folder.</summary>
/// <param name="IsSpecial">A named pipe, socket or device (<see cref="Output.NativeFileSystem.IsSpecialFile"/>): listed, never opened.</param>
/// <remarks>A class, not a struct: listing, sorting and loading a struct each made the runtime compile its own copy of the
/// framework's generic code before the build could start (~30 methods); a class uses the copy all classes share, compiled ahead.</remarks>
internal sealed record ListedFile(string FullPath, FileStamp Stamp, bool IsLink, bool IsSpecial);

/// <summary>A file's size and last write time: when both are unchanged, its content is taken to be unchanged.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks);

/// <summary>What the loader made of one file: its kind, its text or bytes, any problem found, and its <see cref="InputDigest"/>.</summary>
internal sealed record LoadedFile(FileKind Kind, InputFile? Text, StaticFile? Static, IReadOnlyList<Diagnostic> Diagnostics, byte[] Digest);

/// <summary>Where a file in the input folder belongs.</summary>
internal enum FileKind { SiteSettings, Entry, Party, Page, Static, Ignored, Unexpected, HiddenContent }
