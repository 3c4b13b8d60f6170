using System.Buffers;
using System.Collections.Concurrent;

namespace Explainer.Output;

/// <summary>Keeps the bytes of every file written to it: preview (which renders a few pages per rebuild) and tests.</summary>
/// <remarks>Large files (the data downloads, tens of megabytes at 10,000 entries, made again on most saves) are copied into pooled
/// arrays that <see cref="Dispose"/> gives back: a fresh copy of each on every save filled the large-object heap and set off a
/// full collection every other save, on the CPU the next rebuild needed.</remarks>
public sealed class MemorySiteWriter : ISiteWriter, IDisposable
{
    private const int Pooled = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Body> _files = new(StringComparer.Ordinal);

    public SiteFile Write(string path, ReadOnlySpan<byte> bytes)
    {
        var array = bytes.Length >= Pooled ? ArrayPool<byte>.Shared.Rent(bytes.Length) : new byte[bytes.Length];
        bytes.CopyTo(array);
        if (_files.TryGetValue(path, out var replaced)) GiveBack(replaced.Array);
        _files[path] = new Body(array, bytes.Length);
        return SiteFile.Of(path, bytes);
    }

    /// <summary>The bytes written for <paramref name="path"/> in this build, or null when it was not written (preview kept it from the last one).</summary>
    public ReadOnlyMemory<byte>? Bytes(string path) => _files.TryGetValue(path, out var body) ? body.Array.AsMemory(0, body.Length) : null;

    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_files.Keys;

    /// <summary>Gives the pooled arrays back; the bytes of large files are gone after this.</summary>
    public void Dispose()
    {
        foreach (var body in _files.Values) GiveBack(body.Array);
        _files.Clear();
    }

    // Only arrays of the pooled size were rented: smaller ones are left to the collector.
    private static void GiveBack(byte[] array)
    {
        if (array.Length >= Pooled) ArrayPool<byte>.Shared.Return(array);
    }

    private readonly record struct Body(byte[] Array, int Length);
}
