using System.Text;

namespace Explainer.Data;

/// <summary>
/// The text rules of RFC 5545: TEXT values escape backslash, semicolon, comma and newlines (section 3.3.11), and a content line
/// longer than 75 octets is folded with CRLF and one space (section 3.1), never inside a UTF-8 character. Lines end with CRLF.
/// </summary>
public static class CalendarText
{
    private const int MaxOctets = 75;

    /// <summary>A TEXT value: <c>\ ; ,</c> and newlines escaped, other control characters (which TEXT may not hold) dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case ';': escaped.Append("\\;"); break;
                case ',': escaped.Append("\\,"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\t': escaped.Append(c); break;
                default:
                    if (!char.IsControl(c)) escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>Appends one content line (<c>NAME;PARAMS:value</c>, already escaped) as UTF-8, folded at 75 octets, ending in CRLF.</summary>
    public static void AppendLine(Stream output, string line)
    {
        Span<byte> encoded = stackalloc byte[4];
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one character of 4 octets: encode it whole.
            var length = line[i] < 0x80 ? Ascii(line[i], encoded)
                : char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])
                ? Encoding.UTF8.GetBytes(line.AsSpan(i++, 2), encoded)
                : Encoding.UTF8.GetBytes(line.AsSpan(i, 1), encoded);
            if (octets + length > MaxOctets)
            {
                output.Write("\r\n "u8);
                octets = 1;
            }
            output.Write(encoded[..length]);
            octets += length;
        }
        output.Write("\r\n"u8);
    }

    private static int Ascii(char c, Span<byte> encoded)
    {
        encoded[0] = (byte)c;
        return 1;
    }
}
