using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>Slugs: lower-case letters, digits and single hyphens; checks them and makes them from text (for anchors).</summary>
public static partial class Slug
{
    public const string Rule = "lower-case letters, digits and single hyphens, e.g. alibaba-bans-claude-code";

    public static bool IsValid(string value) => Shape().IsMatch(value);

    /// <summary>Makes an anchor from free text: "What is Qoder?" → "what-is-qoder".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Accents and apostrophes vanish rather than split words: "Alibaba's" → "alibabas".
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is >= 'A' and <= 'Z') builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "item" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
