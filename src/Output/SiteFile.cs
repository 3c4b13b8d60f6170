using System.IO.Hashing;

namespace Explainer.Output;

/// <summary>A file of the finished site as the build result keeps it: its path inside output/ (forward slashes), a hash of its bytes
/// and their number, not the bytes.</summary>
public sealed record SiteFile(string Path, string Hash, long Length)
{
    public static SiteFile Of(string path, ReadOnlySpan<byte> bytes) => new(path, HashOf(bytes), bytes.Length);

    /// <summary>
    /// XXH128, hex. The hash only tells preview which files changed since its last build (the build command compares bytes), so it
    /// needs no cryptographic strength; SHA-256 here cost ~0.4 s of CPU per 10,000-entry build and 20-45 ms per preview save (the
    /// ~40 MB of data downloads made again on each).
    /// </summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));
}
