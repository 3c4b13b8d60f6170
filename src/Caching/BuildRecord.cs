using System.Security.Cryptography;
using System.Text;
using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Caching;

/// <summary>
/// What the last successful build into an output folder was made from and what it left there, kept in the cache folder
/// (make's and Gradle's up-to-date check). <see cref="FingerprintOf(byte[], Content.Digest128, History.RepositoryHistory)"/> hashes everything
/// a build reads: every file of the input, theme and schemas folders, the git history, the options, this program's files and the
/// Pagefind binary. When a
/// new build's fingerprint equals the recorded one and every output file still has the size and modification time the
/// build left, the folder already holds the site this build would make, and the build stops there. Anything else, including a
/// hand-edited, added or removed output file, an unreadable record or another version of Explainer, builds in full.
/// </summary>
public sealed record BuildRecord(Content.Digest128 Fingerprint, BuildStatistics Statistics, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<OutputStamp> Output)
{
    private static readonly byte[] Magic = "explainer build record 1\n"u8.ToArray();

    /// <summary>The fingerprint of a build of the folders as they are now (reading the input): what tests compare.</summary>
    public static Content.Digest128 FingerprintOf(BuildOptions options, History.RepositoryHistory history, string? pagefind) =>
        FingerprintOf(Surroundings(options, pagefind), new Content.InputLoader(options.InputFolder).Digest(), history);

    /// <summary>
    /// The hash of everything a build reads: <paramref name="surroundings"/> (taken before the build starts), the input's
    /// <see cref="Content.InputDigest"/> (taken by the loader from the bytes it read) and the git history the build used.
    /// </summary>
    public static Content.Digest128 FingerprintOf(byte[] surroundings, Content.Digest128 input, History.RepositoryHistory history)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(BitConverter.GetBytes(text.Length));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
        hash.AppendData(surroundings);
        Add($"input {input}");
        Add($"{history.InputPrefix} {history.Shallow} {history.Files.Count}");
        foreach (var (path, file) in history.Files.OrderBy(f => f.Key, StringComparer.Ordinal)) Add($"{path} {file.Published:O} {file.LastChanged:O}");
        var bytes = hash.GetHashAndReset();
        return Content.Digest128.Of(bytes);
    }

    /// <summary>
    /// The SHA-256 of what a build reads besides its input and git history: the options, the theme and the schemas folder beside
    /// the input (names and bytes), this program's files and the Pagefind binary. Taken before the build starts reading them, so a
    /// file saved meanwhile makes the next build run. A folder that cannot be listed gives a value no later build matches (the
    /// build says why it cannot read it).
    /// </summary>
    public static byte[] Surroundings(BuildOptions options, string? pagefind)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Add(string text)
            {
                hash.AppendData(BitConverter.GetBytes(text.Length));
                hash.AppendData(Encoding.UTF8.GetBytes(text));
            }
            Add(string.Join("\n", Path.GetFullPath(options.InputFolder), Path.GetFullPath(options.ThemeFolder), Path.GetFullPath(options.OutputFolder),
                options.BasePath ?? "-", options.Url ?? "-", options.Search, options.GitHistory, options.Lists, Environment.Version,
                // A date that was ahead yesterday may not be today: the warnings a record replays hold for the day they were made.
                options.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            var input = Path.GetFullPath(options.InputFolder).TrimEnd('/', '\\');
            var schemas = Path.Combine(Path.GetDirectoryName(input) ?? input, "schemas");
            foreach (var folder in new[] { Path.GetFullPath(options.ThemeFolder), schemas, AppContext.BaseDirectory })
            {
                Add(folder);
                // This program's own files count by size and time (they are large and only change when it is rebuilt).
                var byStamp = folder == AppContext.BaseDirectory;
                foreach (var digest in FileDigests(folder, byStamp)) hash.AppendData(digest);
            }
            Add(pagefind is null ? "no pagefind" : $"{pagefind} {Stamp(pagefind)}");
            return hash.GetHashAndReset();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Guid.NewGuid().ToByteArray();
        }
    }

    /// <summary>Every file and link under <paramref name="outputFolder"/> with its size and modification time, in path order.</summary>
    public static IReadOnlyList<OutputStamp> StampsOf(string outputFolder) =>
        Directory.Exists(outputFolder) ? StampsOf(FileTree.Walk(outputFolder)) : [];

    /// <summary>The same, of a listing already made (the build's writer knows what it left without listing the folder again).</summary>
    public static IReadOnlyList<OutputStamp> StampsOf(IEnumerable<FileTree.Entry> files) =>
        files.Where(e => e.Kind != FileTree.EntryKind.Folder)
            .Select(e => new OutputStamp(e.RelativePath, e.Length, e.Ticks)).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();

    /// <summary>Where the record of builds into <paramref name="outputFolder"/> is kept: one per output folder, so several can share a cache.</summary>
    public static string PathFor(string cacheFolder, string outputFolder)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder).TrimEnd('/', '\\'))))[..16];
        return Path.Combine(cacheFolder, $"build-{name}.bin");
    }

    /// <summary>The record at <paramref name="path"/>, or null when there is none or it cannot be read (a full build follows).</summary>
    public static BuildRecord? Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return null;
            var low = reader.ReadUInt64();
            var fingerprint = new Content.Digest128(reader.ReadUInt64(), low);
            var statistics = new BuildStatistics(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var warnings = Enumerable.Range(0, reader.ReadInt32()).Select(_ => new Diagnostic(
                (Severity)reader.ReadInt32(), reader.ReadString(), reader.ReadString(),
                new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()), reader.ReadBoolean() ? reader.ReadString() : null)).ToList();
            var output = Enumerable.Range(0, reader.ReadInt32()).Select(_ => new OutputStamp(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64())).ToList();
            return reader.BaseStream.Position == reader.BaseStream.Length ? new BuildRecord(fingerprint, statistics, warnings, output) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes the record in one rename; returns a problem to warn about, never throws.</summary>
    public string? Write(string path)
    {
        var problem = AtomicFile.Write(path, file =>
        {
            using var writer = new BinaryWriter(file, Encoding.UTF8);
            writer.Write(Magic);
            writer.Write(Fingerprint.Low);
            writer.Write(Fingerprint.High);
            writer.Write(Statistics.Entries);
            writer.Write(Statistics.Parties);
            writer.Write(Statistics.Pages);
            writer.Write(Warnings.Count);
            foreach (var d in Warnings)
            {
                writer.Write((int)d.Severity);
                writer.Write(d.Code);
                writer.Write(d.Message);
                writer.Write(d.Location.Path);
                writer.Write(d.Location.Line);
                writer.Write(d.Location.Column);
                writer.Write(d.Hint is not null);
                if (d.Hint is not null) writer.Write(d.Hint);
            }
            writer.Write(Output.Count);
            foreach (var stamp in Output)
            {
                writer.Write(stamp.Path);
                writer.Write(stamp.Size);
                writer.Write(stamp.Ticks);
            }
        });
        return problem is null ? null : $"the build record could not be written to {path} ({problem}); the next build runs in full";
    }

    /// <summary>One SHA-256 per file (of its path and bytes, or its size and time), in path order; a link counts as a link, never followed.</summary>
    /// <remarks>
    /// One thread, in plain loops: every build waits for this before it starts, and sorting and mapping the entries through LINQ
    /// and PLINQ (when <see cref="FileTree.Entry"/> was a struct) made the runtime compile ~40 methods first, ~25 ms of each build.
    /// The folders are small: a theme's few dozen files, a schemas folder and this program's files, counted by size and time.
    /// </remarks>
    private static List<byte[]> FileDigests(string folder, bool byStamp)
    {
        if (!Directory.Exists(folder)) return [];
        var files = new List<FileTree.Entry>();
        foreach (var entry in FileTree.Walk(folder))
        {
            if (entry.Kind != FileTree.EntryKind.Folder) files.Add(entry);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var digests = new List<byte[]>(files.Count);
        foreach (var f in files)
        {
            var isLink = f.Kind == FileTree.EntryKind.Link;
            var name = f.RelativePath + (isLink ? " (link)" : "");
            digests.Add(isLink ? SHA256.HashData(Encoding.UTF8.GetBytes($"{name.Length} {name} "))
                : byStamp ? SHA256.HashData(Encoding.UTF8.GetBytes($"{name.Length} {name} {f.Length} {f.Ticks}"))
                : Digest(name, Path.Combine(folder, f.RelativePath)));
        }
        return digests;
    }

    [ThreadStatic]
    private static byte[]? _buffer;

    /// <summary>
    /// The SHA-256 of a file's name and bytes, read through one buffer per thread (a new array per file cost more than the
    /// hashing: the arrays' fresh memory), hashed in one call when the file fits. A file that cannot be read counts as changed;
    /// the build then says why it cannot read it.
    /// </summary>
    private static byte[] Digest(string name, string path)
    {
        var buffer = _buffer ??= new byte[1 << 16];
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = Encoding.UTF8.GetBytes($"{name.Length} {name}\n");
            header.CopyTo(buffer, 0);
            var length = header.Length + RandomAccess.Read(file, buffer.AsSpan(header.Length), 0);
            if (length < buffer.Length) return SHA256.HashData(buffer.AsSpan(0, length));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(buffer, 0, length);
            for (int read; (read = RandomAccess.Read(file, buffer, length - header.Length)) > 0; length += read) hash.AppendData(buffer, 0, read);
            return hash.GetHashAndReset();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Guid.NewGuid().ToByteArray();
        }
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length} {info.LastWriteTimeUtc.Ticks}" : "missing";
    }
}

/// <summary>An output file as the build left it: its path in the output folder, size and modification time.</summary>
public sealed record OutputStamp(string Path, long Size, long Ticks);
