using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>
/// A page's rendered body as the layout's <c>content</c>: copied into the layout's UTF-8 from the render thread's own buffer, never
/// made a string of its own. Already HTML, so it is written as it is (the layout says <c>{{ content | raw }}</c>).
/// </summary>
public sealed class PageBodyValue(Utf8PageWriter body) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) =>
        other is PageBodyValue value ? value.Text() == Text() : other is not null && other.Equals(StringValue.Create(Text()));

    public override bool ToBooleanValue(TemplateContext context) => true;

    public override decimal ToNumberValue(TemplateContext context) => 0;

    public override string ToStringValue(TemplateContext context) => Text();

    public override object ToObjectValue(TemplateContext context) => Text();

    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        if (output is Utf8PageWriter page) page.WriteUtf8(body.Bytes);
        else output.Write(Text());
        return default;
    }

    private string Text() => Encoding.UTF8.GetString(body.Bytes);

    /// <summary>Liquid's <c>raw</c>, keeping the body (and <see cref="Utf8Text"/>) as it is instead of turning it into a string first.</summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) => input switch
    {
        PageBodyValue => input,
        Utf8Text text => text.Raw(),
        _ => StringValue.Create(input.ToStringValue(context), false),
    };
}
