using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>Reads a lower-case enum value (status, kind) from a field, reporting unknown values with a suggestion.</summary>
public static class EnumField
{
    public static TEnum? Read<TEnum>(YamlFields fields, string key, bool required, string example)
        where TEnum : struct, Enum
    {
        var text = fields.String(key, required, example);
        if (text is null) return null;
        var names = Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToList();
        if (names.Contains(text) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)) return value;

        fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf(key),
            $"'{key}' cannot be '{text}'", Suggestions.DidYouMean(text, names)));
        return null;
    }
}
