namespace Explainer.Content;

/// <summary>
/// A 128-bit digest (the input's, a build's fingerprint) as two 64-bit halves. Not <see cref="UInt128"/>: ReadyToRun refuses to
/// precompile any method whose signature or record carries UInt128 (its layout is not settled across runtime versions), and the
/// build's main methods, whose records carried one, were compiled at run time on every build.
/// </summary>
public readonly record struct Digest128(ulong High, ulong Low)
{
    /// <summary>The first 16 bytes of a hash, read as the halves of a little-endian 128-bit number (as the build record stores it).</summary>
    public static Digest128 Of(ReadOnlySpan<byte> hash) => new(BitConverter.ToUInt64(hash[8..]), BitConverter.ToUInt64(hash));

    public override string ToString() => $"{High:x16}{Low:x16}";
}
