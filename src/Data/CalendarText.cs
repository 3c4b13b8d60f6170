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
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var room = MaxOctets;
        while (bytes.Length - start > room)
        {
            var end = start + room;
            // Never fold inside a UTF-8 character: back up to the first byte of the one that would be cut.
            while ((bytes[end] & 0xC0) == 0x80) end--;
            output.Write(bytes, start, end - start);
            output.Write("\r\n "u8);
            start = end;
            room = MaxOctets - 1;
        }
        output.Write(bytes, start, bytes.Length - start);
        output.Write("\r\n"u8);
    }
}
