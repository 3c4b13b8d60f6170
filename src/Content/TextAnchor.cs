using System.Security.Cryptography;
using System.Text;

namespace Explainer.Content;

/// <summary>
/// The anchor made from text: a FAQ question's (its URL, unique site-wide) and a Markdown heading's. Text in Latin letters gets
/// a readable one ("What is Qoder?" → "what-is-qoder"). A slug keeps only a-z and digits, so every question in another script
/// became "item", or the one Latin word it held ("什么是 Qoder？" and "Qoder 如何工作？" both "qoder"), and a Chinese site could ask
/// two questions at most. Text with a letter of another script therefore ends in 12 hex digits of its SHA-256 ("qoder-…", or
/// "q-…" when it has no Latin letter): the same text always gives the same anchor, and a reworded question keeps its old anchor
/// through <c>formerly:</c>.
/// </summary>
public static class TextAnchor
{
    public static string For(string text)
    {
        if (!HasOtherScript(text)) return Slug.Anchor(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..12];
        return (Slug.CanMakeFrom(text) ? Slug.Anchor(text) : "q") + "-" + hash;
    }

    /// <summary>A letter that is not a-z once folded as slugs fold it (Latin letters with accents or strokes fold to a-z).</summary>
    private static bool HasOtherScript(string text) =>
        !Ascii.IsValid(text) && Slug.Folded(text).Any(c => char.IsLetter(c) && !char.IsAsciiLetter(c));
}
