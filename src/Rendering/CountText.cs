using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Explainer.Rendering;

/// <summary>Counts as readers read them: "20,285 questions", never "20285 questions" (the open-data page always wrote them so).</summary>
public static class CountText
{
    /// <summary>20285 → "20,285".</summary>
    public static string Of(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 event", "20,285 events".</summary>
    public static string Of(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{Of(count)} {many}";

    /// <summary>The Liquid filter <c>number</c>: <c>{{ model.question_count | number }}</c> writes 20,285.</summary>
    public static ValueTask<FluidValue> Filter(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(Of((int)input.ToNumberValue(context)), false));
}
