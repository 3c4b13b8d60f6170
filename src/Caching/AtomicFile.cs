namespace Explainer.Caching;

/// <summary>
/// Replaces a cache file in one rename: written under a temporary name beside it, then moved over it, so a build killed at any
/// moment leaves the old file whole. Temporary files that killed builds left behind are removed by the next write.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; returns what went wrong, or null. Never throws for the file system.</summary>
    public static string? Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var name = Path.GetFileName(path);
        var temporary = Path.Combine(folder, $"{name}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var leftover in Directory.EnumerateFiles(folder, $"{name}.*.tmp"))
                if (leftover != temporary) TryDelete(leftover);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                write(stream);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return e.Message;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build's file in use, or not ours to delete: it costs disk, not correctness.
        }
    }
}
