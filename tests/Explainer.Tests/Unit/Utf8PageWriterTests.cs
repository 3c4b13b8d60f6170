using System.Text;
using CsCheck;
using Explainer.Rendering;

namespace Explainer.Tests.Unit;

/// <summary>The page writer gives the bytes the build wrote before it streamed pages: UTF-8 of the whole text, with CRLF as LF.</summary>
public class Utf8PageWriterTests
{
    private static byte[] Expected(string text) => Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"));

    private static byte[] Written(IEnumerable<string> pieces)
    {
        var writer = new Utf8PageWriter();
        writer.Start();
        foreach (var piece in pieces) writer.Write(piece);
        writer.Finish();
        return writer.Bytes.ToArray();
    }

    // Lone surrogate halves cannot be attribute constants, so the cases are data.
    public static TheoryData<string[]> Splits => new()
    {
        new[] { "a\r", "\nb" },           // CRLF split between two writes
        new[] { "a\r", "b\r" },           // lone CRs stay, one held to the end
        new[] { "\uD83D", "\uDE00 ok" },  // an emoji's surrogate pair split between two writes
        new[] { "lone \uD83D", " half" },  // a lone half becomes U+FFFD, as Encoding.UTF8 does
        new[] { "end \uD83D" },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Splits_between_writes_change_nothing(string[] pieces) =>
        Assert.Equal(Expected(string.Concat(pieces)), Written(pieces));

    [Fact]
    public void Any_text_cut_anywhere_gives_the_bytes_of_the_whole_text()
    {
        var text = Gen.OneOf(Gen.Char["a\r\n<é中"], Gen.Char['\uD800', '\uDFFF']).Array[0, 60]
            .Select(chars => new string(chars) + "\r\n😀\r");
        Gen.Select(text, Gen.Int[1, 7]).Sample((whole, size) =>
        {
            var pieces = whole.Chunk(size).Select(c => new string(c));
            Assert.Equal(Expected(whole), Written(pieces));
        });
    }

    [Fact]
    public void Start_empties_the_writer_for_the_next_page()
    {
        var writer = new Utf8PageWriter();
        writer.Start();
        writer.Write("first page\r");
        writer.Finish();
        writer.Start();
        writer.Write("\nsecond");
        writer.Finish();
        Assert.Equal("\nsecond", Encoding.UTF8.GetString(writer.Bytes));
    }
}
