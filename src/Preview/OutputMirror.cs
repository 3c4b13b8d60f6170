using Explainer.Output;

namespace Explainer.Preview;

/// <summary>
/// Preview's writer: keeps the output folder equal to the latest successful build by writing only files whose bytes changed and
/// deleting files that went away. Each file is replaced by a rename, so the server never sends a half-written page.
/// (<c>build</c> keeps <see cref="OutputWriter"/>'s atomic swap of the whole folder.)
/// </summary>
public sealed class OutputMirror(string outputFolder)
{
    private readonly string _root = Path.GetFullPath(outputFolder);
    private Dictionary<string, byte[]>? _written;

    /// <summary>Brings the folder up to date with <paramref name="files"/> and returns the paths written or deleted.</summary>
    public IReadOnlyList<string> Update(IReadOnlyList<OutputFile> files)
    {
        var changed = new List<string>();
        var wanted = files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);

        // The first time, what the folder holds is unknown (an older build, or nothing): write everything, delete the rest.
        var previous = _written ?? ListFolder().ToDictionary(p => p, _ => Array.Empty<byte>(), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var known = _written is not null && previous.TryGetValue(file.Path, out var old) && (ReferenceEquals(old, file.Bytes) || old.AsSpan().SequenceEqual(file.Bytes));
            if (known) continue;
            Write(file);
            changed.Add(file.Path);
        }
        foreach (var path in previous.Keys.Where(p => !wanted.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            Delete(path);
            changed.Add(path);
        }
        _written = wanted;
        return changed;
    }

    private IEnumerable<string> ListFolder() =>
        Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            : [];

    private void Write(OutputFile file)
    {
        var path = Path.Combine(_root, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".preview-tmp";
        File.WriteAllBytes(temporary, file.Bytes);
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
