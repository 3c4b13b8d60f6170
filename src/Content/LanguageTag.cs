using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>
/// The site's language, as every page's <c>lang</c> says it: screen readers choose their voice by it, and an ill-formed one
/// ("english", "en_US") is an accessibility failure on every page. Checks the shape of a BCP 47 tag: a two- or three-letter
/// language, then optionally a script (Latn), a region (US, 419) and variants.
/// </summary>
public static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Shape().IsMatch(tag);

    /// <summary>What to write instead: "en_US" → "en-US"; otherwise an example.</summary>
    public static string Hint(string tag)
    {
        var dashed = tag.Replace('_', '-');
        return dashed != tag && IsWellFormed(dashed)
            ? $"write it with a hyphen: language: {dashed}"
            : "use a language tag such as en, en-GB, zh-Hans or pt-BR (a two- or three-letter language code, then a script or region)";
    }

    /// <summary>
    /// Whether text in this language is written right to left, so pages say <c>dir="rtl"</c> and browsers lay them out from the
    /// right. A script subtag decides when there is one (<c>az-Latn</c>, <c>pa-Arab</c>); otherwise the language's usual script.
    /// </summary>
    public static bool IsRightToLeft(string tag)
    {
        var parts = tag.Split('-');
        if (parts.Length > 1 && parts[1].Length == 4) return RightToLeftScripts.Contains(parts[1]);
        return RightToLeftLanguages.Contains(parts[0]);
    }

    // ISO 15924 codes of the right-to-left scripts in use, and the languages usually written in one of them (CLDR's likely scripts).
    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
        { "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Samr", "Mand", "Yezi" };

    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
        { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "lrc", "mzn", "nqo", "ps", "prs", "sd", "syr", "ug", "ur", "yi", "ji" };

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Shape();
}
