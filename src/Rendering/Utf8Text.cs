using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>
/// Text a template receives already encoded as UTF-8 (the pages' JSON-LD blocks, Markdown rendered to HTML, fragments rendered
/// once): written into a UTF-8 buffer as it is, never made a string first (at 10,000 entries the bodies, answers and list items
/// were ~100 MB of strings, each encoded back to UTF-8 on output). In every other way it is the string it holds: compared,
/// tested and HTML-encoded as that string unless the template says <c>raw</c>.
/// </summary>
public sealed class Utf8Text(ReadOnlyMemory<byte> utf8, bool raw = false) : FluidValue
{
    /// <summary>HTML to write as it is (Liquid's <c>raw</c> is then a no-op).</summary>
    public static Utf8Text Html(ReadOnlyMemory<byte> utf8) => new(utf8, raw: true);

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other switch
    {
        null => false,
        // `body_html != blank` on every entry page: answered from the bytes, as StringValue would answer it.
        _ when other == BlankValue.Instance => IsWhiteSpace(utf8.Span),
        _ when other == EmptyValue.Instance => utf8.IsEmpty,
        _ => StringValue.Create(Text()).Equals(other is Utf8Text u ? StringValue.Create(u.Text()) : other),
    };

    public override bool ToBooleanValue(TemplateContext context) => true;

    public override decimal ToNumberValue(TemplateContext context) => StringValue.Create(Text()).ToNumberValue(context);

    public override string ToStringValue(TemplateContext context) => Text();

    public override object ToObjectValue(TemplateContext context) => Text();

    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        if (!raw) return StringValue.Create(Text()).WriteToAsync(output, encoder, context);
        if (output is Utf8PageWriter page) page.WriteUtf8(utf8.Span);
        else output.Write(Text());
        return default;
    }

    /// <summary>The same text, written without HTML-encoding (Liquid's <c>raw</c>).</summary>
    public Utf8Text Raw() => raw ? this : new Utf8Text(utf8, raw: true);

    private string Text() => Encoding.UTF8.GetString(utf8.Span);

    private static readonly SearchValues<byte> AsciiWhiteSpace = SearchValues.Create("\t\n\v\f\r "u8);

    /// <summary>string.IsNullOrWhiteSpace of the decoded text, decoding only when the text has no ASCII character but white space.</summary>
    private static bool IsWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        var other = utf8.IndexOfAnyExcept(AsciiWhiteSpace);
        if (other < 0) return true;
        if (utf8[other] < 0x80) return false;
        return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(utf8));
    }
}
