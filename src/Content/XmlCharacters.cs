using System.Text;
using System.Xml;

namespace Explainer.Content;

/// <summary>Characters XML 1.0 forbids (most control characters, U+FFFE, U+FFFF, lone surrogates): the feed cannot carry them.</summary>
public static class XmlCharacters
{
    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int FindForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
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
