using System.Security.Cryptography;
using System.Text;

namespace Explainer.Content;

/// <summary>
/// The SHA-256 of what the loader made of the input folder: the path and bytes of every file it reads, and the path and kind of
/// every file it only lists (a README, a stray file, a link). The build record keeps it, so a build stops early only when the
/// files are byte for byte the ones the last build read: the loader hashes the bytes it reads (no second reading of the input
/// during a build), and <see cref="InputLoader.Digest"/> hashes the folder the same way to ask whether anything changed.
/// </summary>
public static class InputDigest
{
    /// <summary>A file whose bytes the loader reads: its path and bytes.</summary>
    public static byte[] OfRead(string relativePath, ReadOnlySpan<byte> bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{relativePath.Length} {relativePath} read {bytes.Length}\n"));
        hash.AppendData(bytes);
        return hash.GetHashAndReset();
    }

    /// <summary>A file the loader lists but does not read (its name alone can change the build's warnings).</summary>
    public static byte[] OfListed(string relativePath, string kind) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{relativePath.Length} {relativePath} {kind}\n"));

    /// <summary>The digests of every file, in listing order, as one value.</summary>
    public static Digest128 Combine(IEnumerable<byte[]> digests)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        foreach (var digest in digests)
        {
            hash.AppendData(digest);
            count++;
        }
        hash.AppendData(BitConverter.GetBytes(count));
        var bytes = hash.GetHashAndReset();
        return Digest128.Of(bytes);
    }
}
