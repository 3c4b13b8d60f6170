using System.Runtime.InteropServices;
using Explainer.Output;

namespace Explainer.Preview;

/// <summary>
/// Preview's writer: keeps the output folder equal to the latest successful build by writing only files whose hash changed and
/// deleting files that went away. Each file is replaced by a rename, so the server never sends a half-written page.
/// (<c>build</c> keeps <see cref="OutputWriter"/>'s atomic swap of the whole folder.) The folder is marked as the build's
/// (<see cref="OwnershipMarker"/>); the preview command checks it with <see cref="OutputGuard"/> first, and nothing here follows a link.
/// </summary>
public sealed class OutputMirror(string outputFolder)
{
    private readonly string _root = Path.GetFullPath(outputFolder);
    private Dictionary<string, string>? _written;
    // When the marker of the folder this mirror keeps was last written: a folder deleted, or swapped in by a build in another
    // terminal, has none or another, and the files this mirror thinks are there may not be.
    private DateTime? _markerWritten;

    /// <summary>
    /// Whether the folder is still the one the last update left (or no update has run yet). When it is not, an update of only the
    /// changed files would leave a mix or a partial site: the caller writes the whole site (<see cref="Update"/> after <see cref="Forget"/>).
    /// </summary>
    public bool StillKept => _written is null || (File.Exists(MarkerPath) && File.GetLastWriteTimeUtc(MarkerPath) == _markerWritten);

    /// <summary>Treats the folder as unknown, as before the first update: the next one writes every file and deletes the rest.</summary>
    public void Forget() => _written = null;

    private string MarkerPath => Path.Combine(_root, OwnershipMarker.FileName);

    /// <summary>
    /// Brings the folder up to date with <paramref name="files"/>, whose new bytes are in <paramref name="bodies"/>; returns the paths
    /// written or deleted. <paramref name="downloads"/> are written last: <paramref name="pagesReady"/> is called, with what changed so far, once every
    /// page and every file a page loads is in place. (A save rewrites about 40 MB of data files on a 10,000-entry site; no page waits for them.)
    /// </summary>
    public IReadOnlyList<string> Update(IReadOnlyList<SiteFile> files, MemorySiteWriter bodies, IReadOnlySet<string> downloads,
        Action<IReadOnlyList<string>> pagesReady)
    {
        // The first time, what the folder holds is unknown (an older build, or nothing): write everything, delete the rest.
        if (_written is null)
        {
            Directory.CreateDirectory(_root);
            if (!OwnershipMarker.IsMarked(_root)) OwnershipMarker.Mark(_root);
            _markerWritten = File.GetLastWriteTimeUtc(MarkerPath);
            _written = ListFolder().ToDictionary(p => p, _ => "", StringComparer.Ordinal);
        }
        try
        {
            return Bring(files, bodies, downloads, _written, pagesReady);
        }
        catch
        {
            // Part of the folder may be written: the next update treats it as unknown, as the first one does.
            _written = null;
            throw;
        }
    }

    /// <summary>
    /// Updates <paramref name="written"/> (path → hash of what the folder holds) in place, one lookup per file: at 10,000 entries
    /// a save's result lists ~20,000 files, of which a few changed; a new table and five lookups per file cost ~7 ms of each save.
    /// </summary>
    private IReadOnlyList<string> Bring(IReadOnlyList<SiteFile> files, MemorySiteWriter bodies, IReadOnlySet<string> downloads,
        Dictionary<string, string> written, Action<IReadOnlyList<string>> pagesReady)
    {
        var changed = new List<string>();
        var laterDownloads = new List<SiteFile>();
        foreach (var file in files)
        {
            ref var hash = ref CollectionsMarshal.GetValueRefOrAddDefault(written, file.Path, out _);
            if (hash == file.Hash) continue;
            hash = file.Hash;
            if (downloads.Contains(file.Path)) laterDownloads.Add(file);
            else WriteFrom(bodies, file, changed);
        }
        // Every file's path is now a key: more keys than files means some were not in this build.
        if (written.Count != files.Count)
        {
            var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in written.Keys.Where(p => !wanted.Contains(p)).Order(StringComparer.Ordinal).ToList())
            {
                Delete(path);
                written.Remove(path);
                changed.Add(path);
            }
        }
        pagesReady(changed.ToList());
        foreach (var file in laterDownloads) WriteFrom(bodies, file, changed);
        return changed;
    }

    private void WriteFrom(MemorySiteWriter bodies, SiteFile file, List<string> changed)
    {
        var bytes = bodies.Bytes(file.Path) ?? throw new InvalidOperationException($"the rebuild changed {file.Path} without writing it");
        Write(file.Path, bytes);
        changed.Add(file.Path);
    }

    /// <summary>Files and links (never entered) in the folder, except the marker.</summary>
    private IEnumerable<string> ListFolder() =>
        Directory.Exists(_root)
            ? FileTree.Walk(_root).Where(e => e.Kind != FileTree.EntryKind.Folder && e.RelativePath != OwnershipMarker.FileName).Select(e => e.RelativePath)
            : [];

    private void Write(string relative, ReadOnlyMemory<byte> bytes)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".preview-tmp";
        File.WriteAllBytes(temporary, bytes.Span);
        File.Move(temporary, path, overwrite: true);
    }

    private void Delete(string relative)
    {
        var path = Path.Combine(_root, relative);
        File.Delete(path);
        // Remove folders the deletion emptied, so a removed page's directory URL is a 404 as on GitHub Pages.
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }
}
