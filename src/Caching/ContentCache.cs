using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Explainer.Content;

namespace Explainer.Caching;

/// <summary>
/// What parsing and rendering each entry file produced, kept between builds in one file (<c>cache/content.bin</c>, Statiq's
/// cache folder) and found again by a hash of the file: its path and text. The file also names the generator that wrote it
/// (this program's and its parsers' builds), so a new version of either starts from nothing instead of trusting old results.
/// A cache that is missing, from another version, truncated or altered is never an error: what cannot be read is made again.
/// </summary>
public sealed class ContentCache : IDisposable
{
    public const string FileName = "content.bin";
    private static readonly byte[] Magic = "explainer cache\n"u8.ToArray();
    private const int Format = 1;

    private readonly string _folder;
    private readonly MappedFile? _mapping;
    private readonly ReadOnlyMemory<byte> _stored;
    private readonly Dictionary<UInt128, (UInt128 Digest, int Offset, int Length)> _index;
    // What the next file holds: stored bytes found again, or results made in this build, encoded only when the file is written.
    private readonly ConcurrentDictionary<UInt128, Func<ReadOnlyMemory<byte>?>> _next = new();
    private int _made;
    private Task<string?>? _saving;

    private ContentCache(string folder, MappedFile? mapping, Dictionary<UInt128, (UInt128, int, int)> index, string? problem)
    {
        _folder = folder;
        _mapping = mapping;
        _stored = mapping?.Memory ?? ReadOnlyMemory<byte>.Empty;
        _index = index;
        Problem = problem;
    }

    /// <summary>Why the stored cache was set aside, if it was (<c>build --verbose</c> says so); null when it was read or there was none.</summary>
    public string? Problem { get; }

    /// <summary>How many files' results came from the cache in this build.</summary>
    public int Hits => _next.Count - _made;

    /// <summary>How many files' results were made in this build and added.</summary>
    public int Made => _made;

    /// <summary>The results stored in <paramref name="folder"/>, or none; reading never throws.</summary>
    public static ContentCache Open(string folder)
    {
        var path = Path.Combine(folder, FileName);
        MappedFile? mapping;
        try
        {
            mapping = File.Exists(path) ? MappedFile.Open(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ContentCache(folder, null, [], $"{path} could not be read ({e.Message}); every file is parsed again");
        }
        if (mapping is null) return new ContentCache(folder, null, [], null);
        var (index, problem) = ReadIndex(mapping.GetSpan());
        if (index is not null) return new ContentCache(folder, mapping, index, null);
        ((IDisposable)mapping).Dispose();
        return new ContentCache(folder, null, [], $"{path} {problem}; every file is parsed again, and the cache is written afresh");
    }

    /// <summary>Unmaps the stored file, once a write that reads from it has finished (a build that ends with an exception never saves).</summary>
    public void Dispose()
    {
        try
        {
            _saving?.Wait();
        }
        catch (AggregateException)
        {
            // The write's problem was reported by Save, or the build is ending with its own exception.
        }
        ((IDisposable?)_mapping)?.Dispose();
    }

    /// <summary>The key of a file's results: a hash of where it is and what it says.</summary>
    public static UInt128 Key(InputFile file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { file.DisplayPath, file.RelativePath, file.Text })
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(part.AsSpan()));
        }
        return Truncate(hash.GetHashAndReset());
    }

    /// <summary>The stored bytes under <paramref name="key"/>, when they are there and intact.</summary>
    public ReadOnlyMemory<byte>? Find(UInt128 key)
    {
        if (!_index.TryGetValue(key, out var at)) return null;
        var bytes = _stored.Slice(at.Offset, at.Length);
        return Truncate(SHA256.HashData(bytes.Span)) == at.Digest ? bytes : null;
    }

    /// <summary>Keeps stored <paramref name="bytes"/> found again in this build for the next one.</summary>
    public void Keep(UInt128 key, ReadOnlyMemory<byte> bytes) => _next[key] = () => bytes;

    /// <summary>Adds results made in this build; <paramref name="encode"/> runs when the cache is written (null: not cacheable).</summary>
    public void Add(UInt128 key, Func<byte[]?> encode)
    {
        _next[key] = () => encode() is { } bytes ? bytes : null;
        Interlocked.Increment(ref _made);
    }

    /// <summary>
    /// Starts writing the cache on another thread, once every entry's results are in (the build calls it after the Markdown stage,
    /// so encoding 10,000 entries overlaps with planning and rendering pages instead of adding to the build).
    /// </summary>
    public void StartSaving() => _saving ??= Task.Run(Write);

    /// <summary>
    /// Writes the results kept in this build (or waits for <see cref="StartSaving"/>), replacing the stored file in one rename (a build
    /// killed half-way leaves the old file whole), unless they are exactly what was stored. Returns a problem to warn about, never
    /// throws: a build does not fail for its cache.
    /// </summary>
    public string? Save()
    {
        try
        {
            return (_saving ??= Task.Run(Write)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in encoding is a bug to report, but never a reason to fail a build whose site is already written.
            return $"the build cache was not written ({e.GetType().Name}: {e.Message}); the next build parses every file again";
        }
    }

    private string? Write()
    {
        if (_made == 0 && _next.Count == _index.Count && _next.Keys.All(_index.ContainsKey)) return null;
        var path = Path.Combine(_folder, FileName);
        var problem = AtomicFile.Write(path, file =>
        {
            using var writer = new BinaryWriter(file);
            writer.Write(Magic);
            writer.Write(Format);
            WriteUInt128(writer, Generator);
            var countAt = writer.BaseStream.Position;
            writer.Write(0);
            var count = 0;
            // In key order, so the same results always make the same file.
            foreach (var (key, record) in _next.OrderBy(r => r.Key))
            {
                if (record() is not { } bytes) continue;
                WriteUInt128(writer, key);
                WriteUInt128(writer, Truncate(SHA256.HashData(bytes.Span)));
                writer.Write(bytes.Length);
                writer.Write(bytes.Span);
                count++;
            }
            writer.Seek((int)countAt, SeekOrigin.Begin);
            writer.Write(count);
        });
        return problem is null ? null : $"the build cache could not be written to {path} ({problem}); the next build parses every file again";
    }

    /// <summary>This program and the libraries whose output is cached (YAML, Markdown, HTML sanitising): any new build of one changes it.</summary>
    private static readonly UInt128 Generator = Truncate(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n",
        new[] { typeof(ContentCache), typeof(YamlDotNet.Core.Parser), typeof(Markdig.Markdown), typeof(Ganss.Xss.HtmlSanitizer), typeof(AngleSharp.Dom.IElement) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString())
            .Append(Environment.Version.ToString())))));

    private static (Dictionary<UInt128, (UInt128, int, int)>? Index, string? Problem) ReadIndex(ReadOnlySpan<byte> bytes)
    {
        var header = Magic.Length + 4 + 16 + 4;
        const int recordHeader = 16 + 16 + 4;
        if (bytes.Length < header || !bytes[..Magic.Length].SequenceEqual(Magic)) return (null, "is not an Explainer cache");
        // The header: magic, format, generator, record count.
        var magic = Magic.Length;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[magic..]) != Format || ReadUInt128(bytes[(magic + 4)..]) != Generator)
            return (null, "was written by another version of Explainer");
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[(magic + 20)..]);
        if (count < 0 || count > (bytes.Length - header) / recordHeader) return (null, "is cut short");
        var index = new Dictionary<UInt128, (UInt128, int, int)>(count);
        var at = header;
        for (var i = 0; i < count; i++)
        {
            if (bytes.Length - at < recordHeader) return (null, "is cut short");
            var key = ReadUInt128(bytes[at..]);
            var digest = ReadUInt128(bytes[(at + 16)..]);
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 32)..]);
            at += recordHeader;
            if (length < 0 || length > bytes.Length - at) return (null, "is cut short");
            index[key] = (digest, at, length);
            at += length;
        }
        return at == bytes.Length ? (index, null) : (null, "has bytes after its last record");
    }

    /// <summary>Low half first, as <see cref="ReadUInt128"/> reads it.</summary>
    private static void WriteUInt128(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }

    private static UInt128 ReadUInt128(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]), BinaryPrimitives.ReadUInt64LittleEndian(bytes));

    private static UInt128 Truncate(byte[] digest) => new(BitConverter.ToUInt64(digest, 8), BitConverter.ToUInt64(digest, 0));
}
