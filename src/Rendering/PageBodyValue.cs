using System.Buffers;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>
/// A page's rendered body as the layout's <c>content</c>: written into the layout from the render thread's own buffer, never
/// copied into a string of its own. Already HTML, so it is written as it is (the layout says <c>{{ content | raw }}</c>).
/// </summary>
public sealed class PageBodyValue(CharBuffer body) : FluidValue
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
        output.Write(body.Span);
        return default;
    }

    private string Text() => body.ToString();

    /// <summary>Liquid's <c>raw</c>, keeping the body (and <see cref="Utf8Text"/>) as it is instead of turning it into a string first.</summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) => input switch
    {
        PageBodyValue => input,
        Utf8Text text => text.Raw(),
        _ => StringValue.Create(input.ToStringValue(context), false),
    };
}
