using System.Text;

namespace Explainer.Rendering;

/// <summary>string.Trim() for UTF-8: the same white space (char.IsWhiteSpace, Unicode's) cut from both ends, without decoding the middle.</summary>
public static class Utf8Trim
{
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty && Rune.DecodeFromUtf8(utf8, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            utf8 = utf8[length..];
        while (!utf8.IsEmpty && Rune.DecodeLastFromUtf8(utf8, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            utf8 = utf8[..^length];
        return utf8;
    }
}
