using System.Text;
using CsCheck;
using Fluid;
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

    /// <summary>
    /// Text already in UTF-8 (the JSON-LD blocks) goes in between text written as characters: the page is the bytes of the whole
    /// text all the same, whatever the characters before it held back (a CR waiting for its LF, half of a surrogate pair).
    /// </summary>
    [Fact]
    public void Text_written_as_UTF8_between_characters_gives_the_bytes_of_the_whole_text()
    {
        var chars = Gen.OneOf(Gen.Char["a\r\n<é中"], Gen.Char['\uD800', '\uDFFF']).Array[0, 20].Select(c => new string(c));
        // What Utf8JsonWriter makes is valid UTF-8, CRs included only in tests: valid text of any kind.
        var utf8 = Gen.Char["a\r\n<é中"].Array[0, 20].Select(c => new string(c) + "😀");
        Gen.Select(chars, utf8, chars, Gen.Bool).Sample((before, encoded, after, twice) =>
        {
            var writer = new Utf8PageWriter();
            writer.Start();
            writer.Write(before);
            writer.WriteUtf8(Encoding.UTF8.GetBytes(encoded));
            if (twice) writer.WriteUtf8(Encoding.UTF8.GetBytes(encoded));
            writer.Write(after);
            writer.Finish();
            var whole = before + encoded + (twice ? encoded : "") + after;
            Assert.Equal(Expected(whole), writer.Bytes.ToArray());
        });
    }

    /// <summary>In a template, UTF-8 text is the string it holds: HTML-encoded unless <c>raw</c>, compared as text.</summary>
    [Fact]
    public async Task UTF8_text_in_a_template_is_encoded_unless_raw_and_compares_as_its_string()
    {
        var options = new TemplateOptionsBuilder().AddFilter("raw", PageBodyValue.Raw).Build();
        var template = new FluidParser().Parse("{{ x }}|{{ x | raw }}|{% if x == '<a href=\"b\">' %}same{% endif %}|{% if x != blank %}set{% endif %}");
        var context = new TemplateContext(options);
        context.SetValue("x", new Utf8Text(Encoding.UTF8.GetBytes("<a href=\"b\">")));
        var writer = new Utf8PageWriter();
        writer.Start();
        await template.RenderAsync(writer, System.Text.Encodings.Web.HtmlEncoder.Default, context);
        writer.Finish();
        Assert.Equal("&lt;a href=&quot;b&quot;&gt;|<a href=\"b\">|same|set", Encoding.UTF8.GetString(writer.Bytes));
    }

    /// <summary><c>blank</c> and <c>empty</c> answer from the bytes exactly as a string would answer, Unicode white space included.</summary>
    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("\u00a0")]
    [InlineData(" \u2003 ")]
    [InlineData(" x ")]
    [InlineData("é")]
    [InlineData("\u00a0<p>")]
    public async Task UTF8_text_is_blank_and_empty_as_its_string_is(string text)
    {
        var template = new FluidParser().Parse("{% if x == blank %}blank{% endif %}|{% if x == empty %}empty{% endif %}");
        async Task<string> Render(Fluid.Values.FluidValue x)
        {
            var context = new TemplateContext(new TemplateOptionsBuilder().Build());
            context.SetValue("x", x);
            return await template.RenderAsync(context);
        }
        Assert.Equal(await Render(Fluid.Values.StringValue.Create(text)), await Render(new Utf8Text(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>Fragments are cut out trimmed as string.Trim() trims: Unicode white space at either end, none inside.</summary>
    [Theory]
    [InlineData("  <li>a</li>\n")]
    [InlineData("\u00a0\u2003<li>b c</li>\u3000")]
    [InlineData("<li>é</li>")]
    [InlineData(" \n ")]
    [InlineData("")]
    public void UTF8_trim_cuts_what_string_trim_cuts(string text) =>
        Assert.Equal(Encoding.UTF8.GetBytes(text.Trim()), Utf8Trim.Trim(Encoding.UTF8.GetBytes(text)).ToArray());
}
