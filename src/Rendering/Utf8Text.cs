using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>
/// Text a template receives already encoded as UTF-8 (the pages' JSON-LD blocks): written into the page's UTF-8 buffer as it
/// is, never made a string first (that was ~55 MB of strings at 10,000 entries, each encoded back to UTF-8 on output). In every
/// other way it is the string it holds: compared, tested and HTML-encoded as that string unless the template says <c>raw</c>.
/// </summary>
public sealed class Utf8Text(byte[] utf8, bool raw = false) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is not null && StringValue.Create(Text()).Equals(other is Utf8Text u ? StringValue.Create(u.Text()) : other);

    public override bool ToBooleanValue(TemplateContext context) => true;

    public override decimal ToNumberValue(TemplateContext context) => StringValue.Create(Text()).ToNumberValue(context);

    public override string ToStringValue(TemplateContext context) => Text();

    public override object ToObjectValue(TemplateContext context) => Text();

    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        if (!raw) return StringValue.Create(Text()).WriteToAsync(output, encoder, context);
        if (output is Utf8PageWriter page) page.WriteUtf8(utf8);
        else output.Write(Text());
        return default;
    }

    /// <summary>The same text, written without HTML-encoding (Liquid's <c>raw</c>).</summary>
    public Utf8Text Raw() => raw ? this : new Utf8Text(utf8, raw: true);

    private string Text() => Encoding.UTF8.GetString(utf8);
}
