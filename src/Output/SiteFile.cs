using System.Security.Cryptography;

namespace Explainer.Output;

/// <summary>A file of the finished site as the build result keeps it: its path inside output/ (forward slashes) and a hash of its bytes, not the bytes.</summary>
public sealed record SiteFile(string Path, string Hash)
{
    public static SiteFile Of(string path, ReadOnlySpan<byte> bytes) => new(path, HashOf(bytes));

    /// <summary>SHA-256, hex: fast enough to hash every page of a large site, and collisions are not a concern.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
