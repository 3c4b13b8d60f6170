using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>Slugs: lower-case letters, digits and single hyphens; checks them and makes them from text (for anchors).</summary>
public static partial class Slug
{
    public static readonly string Rule =
        $"lower-case letters, digits and single hyphens, at most {InputLimits.MaxSlugLength} characters, e.g. alibaba-bans-claude-code";

    /// <summary>The shape, and a length every file system and a git clone on Windows take (pages live at entries/&lt;slug&gt;/index.html).</summary>
    public static bool IsValid(string value) => value.Length <= InputLimits.MaxSlugLength && Shape().IsMatch(value);

    /// <summary>Makes a slug for a file name from free text, capped at <see cref="InputLimits.MaxSlugLength"/> characters.</summary>
    public static string From(string text)
    {
        var slug = Anchor(text);
        return slug.Length > InputLimits.MaxSlugLength ? slug[..InputLimits.MaxSlugLength].TrimEnd('-') : slug;
    }

    /// <summary>What a hint offers in place of <paramref name="text"/>: <c>try 'export-controls'</c>, or, for text with no letter a-z
    /// or digit to make a slug from ("人工智能"), how to write one instead of the placeholder <see cref="From"/> falls back to.</summary>
    public static string Suggestion(string text, string offer = "try '{0}'") =>
        CanMakeFrom(text) ? string.Format(CultureInfo.InvariantCulture, offer, From(text)) : "write it with the letters a-z and digits (a translation or transliteration)";

    /// <summary>Whether <paramref name="text"/> has a letter a-z (accents folded) or a digit to make a slug from.</summary>
    public static bool CanMakeFrom(string text) => Folded(text).Any(char.IsAsciiLetterOrDigit);

    // Characters feeds cannot carry go first (a "\ud800" escape can make a lone surrogate; the fuzz test found it), then accents.
    internal static string Folded(string text) => TextFolding.WithoutAccents(XmlCharacters.Strip(text));

    /// <summary>
    /// Makes an anchor from free text by the same rules, uncapped: "What is Qoder?" → "what-is-qoder". Ids name no file, and
    /// cutting them would make long questions that differ only near the end share an anchor.
    /// </summary>
    public static string Anchor(string text)
    {
        var normalized = Folded(text);
        // Written into one buffer and made a string once: questions and headings make ~40,000 anchors in a 10,000-entry build.
        char[]? rented = null;
        var anchor = normalized.Length <= 256 ? stackalloc char[normalized.Length] : (rented = ArrayPool<char>.Shared.Rent(normalized.Length));
        var length = 0;
        foreach (var c in normalized)
        {
            // Accents (folded above, or written as combining marks) and apostrophes vanish rather than split words: "Alibaba's" → "alibabas".
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') anchor[length++] = c;
            else if (c is >= 'A' and <= 'Z') anchor[length++] = char.ToLowerInvariant(c);
            else if (length > 0 && anchor[length - 1] != '-') anchor[length++] = '-';
        }
        var slug = anchor[..length].Trim('-');
        var result = slug.Length == 0 ? "item" : slug.ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();
}
