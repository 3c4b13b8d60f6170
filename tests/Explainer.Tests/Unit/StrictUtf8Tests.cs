using System.Buffers;
using System.Text;
using CsCheck;
using Explainer.Content;

namespace Explainer.Tests.Unit;

public class StrictUtf8Tests
{
    [Fact]
    public void Valid_utf8_is_decoded_with_bom_removed_and_line_endings_normalised()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a’b\r\nc\rd")).ToArray();

        var (text, line) = StrictUtf8.Decode(bytes);

        Assert.Equal("a’b\nc\nd", text);
        Assert.Equal(0, line);
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_the_line_they_are_on()
    {
        byte[] bytes = [.. "---\nevent: Caf"u8, 0xE9, .. "\n---\n"u8];

        var (text, line) = StrictUtf8.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(2, line);
    }

    [Fact]
    public void Any_bytes_are_accepted_or_refused_as_decoding_them_rune_by_rune_would()
    {
        // Valid pieces (ASCII, two-, three- and four-byte characters, line ends) mixed with bytes that can break UTF-8.
        string[] valid = ["a", "é", "’", "中", "😀", "\r\n", "\n", "\r"];
        byte[] breaking = [0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF];
        var piece = Gen.OneOf(
            Gen.Int[0, valid.Length - 1].Select(i => Encoding.UTF8.GetBytes(valid[i])),
            Gen.Int[0, breaking.Length - 1].Select(i => new[] { breaking[i] }));
        piece.Array[0, 40].Select(pieces => pieces.SelectMany(p => p).ToArray()).Sample(bytes =>
        {
            Assert.Equal(RuneByRune(bytes), StrictUtf8.Decode(bytes));
        });
    }

    /// <summary>What Decode did before it checked validity in one pass.</summary>
    private static (string? Text, int InvalidLine) RuneByRune(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        for (var offset = 0; offset < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
                return (null, bytes[..offset].Count((byte)'\n') + 1);
            offset += consumed;
        }
        return (Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace('\r', '\n'), 0);
    }
}
