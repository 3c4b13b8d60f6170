using System.Buffers;
using System.Text;
using System.Xml;

namespace Explainer.Content;

/// <summary>Characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF, lone surrogates): the feed cannot carry them.</summary>
public static class XmlCharacters
{
    // Nearly all text: allowed everywhere, no control character, no surrogate.
    private static readonly SearchValues<char> Plain = CharRange.Of('\u0020', '\uD7FF');

    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int FindForbidden(string text)
    {
        // Almost every character lies in U+0020..U+D7FF: skip runs of them with a vectorised search, and look closely only at the rest
        // (tabs and line breaks, which are allowed, end each run; this was ~1% of a 10,000-entry build's CPU one character at a time).
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAnyExcept(Plain);
            if (skip < 0) return -1;
            i += skip;
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The text without forbidden characters: the XML writers' last line of defence (content with them is an error already).</summary>
    public static string Strip(string text)
    {
        if (FindForbidden(text) < 0) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) builder.Append(c);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) builder.Append(c).Append(text[++i]);
        }
        return builder.ToString();
    }

    /// <summary>How a forbidden character is named in messages: U+000C.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";
}
