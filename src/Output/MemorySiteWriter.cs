using System.Collections.Concurrent;

namespace Explainer.Output;

/// <summary>Keeps the bytes of every file written to it: preview (which renders a few pages per rebuild) and tests.</summary>
public sealed class MemorySiteWriter : ISiteWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public SiteFile Write(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        _files[path] = copy;
        return SiteFile.Of(path, copy);
    }

    /// <summary>The bytes written for <paramref name="path"/> in this build, or null when it was not written (preview kept it from the last one).</summary>
    public byte[]? Bytes(string path) => _files.GetValueOrDefault(path);

    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_files.Keys;
}
