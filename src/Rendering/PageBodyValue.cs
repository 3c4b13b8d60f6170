using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>
/// A page's rendered body as the layout's <c>content</c>: written into the layout from the render thread's own buffer, never
/// copied into a string of its own. Already HTML, so it is written as it is (the layout says <c>{{ content | raw }}</c>).
/// </summary>
public sealed class PageBodyValue(StringBuilder body) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is not null && other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => body.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        foreach (var chunk in body.GetChunks()) writer.Write(chunk.Span);
        return default;
    }

    [Obsolete("Fluid writes values with WriteToAsync; kept because FluidValue declares it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => WriteToAsync(writer, encoder, cultureInfo);

    /// <summary>Liquid's <c>raw</c>, keeping the body as it is instead of turning it into a string first.</summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input is PageBodyValue ? input : new StringValue(input.ToStringValue(), false);
}
