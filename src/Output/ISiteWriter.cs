namespace Explainer.Output;

/// <summary>
/// Where the build puts each file as soon as it is made (pages are rendered in parallel, so <see cref="Write"/> is called from
/// several threads at once). Returns what the build result keeps of the file. Implementations: <see cref="OutputWriter"/> (the
/// build's staging folder), <see cref="MemorySiteWriter"/> (preview and tests) and <see cref="HashingSiteWriter"/> (check).
/// </summary>
public interface ISiteWriter
{
    SiteFile Write(string path, ReadOnlySpan<byte> bytes);
}

/// <summary>Keeps only hashes: <c>check</c> runs the whole build and writes nothing.</summary>
public sealed class HashingSiteWriter : ISiteWriter
{
    public static HashingSiteWriter Instance { get; } = new();

    public SiteFile Write(string path, ReadOnlySpan<byte> bytes) => SiteFile.Of(path, bytes);
}
