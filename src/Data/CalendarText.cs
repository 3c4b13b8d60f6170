using System.Text;

namespace Explainer.Data;

/// <summary>
/// The text rules of RFC 5545: TEXT values escape backslash, semicolon, comma and newlines (section 3.3.11), and a content line
/// longer than 75 octets is folded with CRLF and one space (section 3.1), never inside a UTF-8 character. Lines end with CRLF.
/// </summary>
public static class CalendarText
{
    private const int MaxOctets = 75;
    // Characters of one octet each in UTF-8.
    private static readonly System.Buffers.SearchValues<char> AsciiCharacters = Content.CharRange.Of('\0', '\u007F');
    // What a TEXT value holds as it is: printable ASCII but the three characters escaped.
    private static readonly System.Buffers.SearchValues<char> PlainAscii = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('\\' or ';' or ','))));

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
        var writer = new ContentLine(output);
        writer.Raw(line);
        writer.End();
    }

    /// <summary>
    /// One content line written piece by piece, straight into the stream as UTF-8 and folded as it goes: the same bytes as
    /// <see cref="AppendLine"/> of the pieces joined (values through <see cref="Escape"/>), without a string for the line, its
    /// escaped values or its bytes (a 10,000-entry calendar made ~70 MB of them).
    /// </summary>
    public ref struct ContentLine(Stream output)
    {
        private int _used;
        private int _room = MaxOctets;
        // A CR just written as a newline: an LF right after it is the same line break (Escape reads CRLF as one).
        private bool _afterCr;
        // The first half of a surrogate pair, waiting for the second (a dropped control character between them joins them, as in Escape).
        private char _high;

        /// <summary>Text written as it is (names, parameters, addresses, values already escaped).</summary>
        public void Raw(scoped ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                // ASCII is one octet a character: written a run at a time (a write per character was ~2% of a 10,000-entry build).
                var ascii = text.IndexOfAnyExcept(AsciiCharacters);
                if (ascii != 0)
                {
                    Ascii(text[..(ascii < 0 ? text.Length : ascii)]);
                    if (ascii < 0) break;
                    text = text[ascii..];
                }
                Put(text[0]);
                text = text[1..];
            }
            _afterCr = false;
        }

        /// <summary>A TEXT value, escaped as <see cref="Escape"/> escapes it; consecutive calls read as one value.</summary>
        public void Text(scoped ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                // Printable ASCII that needs no escape goes out a run at a time, as in Raw.
                var plain = text.IndexOfAnyExcept(PlainAscii);
                if (plain != 0)
                {
                    Ascii(text[..(plain < 0 ? text.Length : plain)]);
                    _afterCr = false;
                    if (plain < 0) break;
                    text = text[plain..];
                }
                var c = text[0];
                text = text[1..];
                if (c == '\n' && _afterCr)
                {
                    _afterCr = false;
                    continue;
                }
                _afterCr = c == '\r';
                switch (c)
                {
                    case '\\': Put('\\'); Put('\\'); break;
                    case ';': Put('\\'); Put(';'); break;
                    case ',': Put('\\'); Put(','); break;
                    // The line endings string.ReplaceLineEndings knows: CR, LF, FF, NEL, LS, PS.
                    case '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029': Put('\\'); Put('n'); break;
                    default:
                        if (c == '\t' || !char.IsControl(c)) Put(c);
                        break;
                }
            }
        }

        /// <summary>Characters below U+0080, each one octet, folded where the line is full.</summary>
        private void Ascii(scoped ReadOnlySpan<char> text)
        {
            Flush();
            Span<byte> bytes = stackalloc byte[MaxOctets];
            while (!text.IsEmpty)
            {
                if (_used == _room)
                {
                    output.Write("\r\n "u8);
                    _used = 0;
                    _room = MaxOctets - 1;
                }
                var count = Math.Min(_room - _used, text.Length);
                System.Text.Ascii.FromUtf16(text[..count], bytes, out _);
                output.Write(bytes[..count]);
                _used += count;
                text = text[count..];
            }
        }

        /// <summary>Ends the line with CRLF.</summary>
        public void End()
        {
            Flush();
            output.Write("\r\n"u8);
        }

        /// <summary>The next character of the line; a lone surrogate becomes U+FFFD, as Encoding.UTF8 writes it.</summary>
        private void Put(char c)
        {
            if (_high != 0 && char.IsLowSurrogate(c))
            {
                Put(new Rune(_high, c));
                _high = '\0';
                return;
            }
            Flush();
            if (char.IsHighSurrogate(c)) _high = c;
            else Put(Rune.TryCreate(c, out var rune) ? rune : Rune.ReplacementChar);
        }

        private void Flush()
        {
            if (_high == 0) return;
            _high = '\0';
            Put(Rune.ReplacementChar);
        }

        private void Put(Rune rune)
        {
            Span<byte> bytes = stackalloc byte[4];
            var length = rune.EncodeToUtf8(bytes);
            if (_used + length > _room)
            {
                output.Write("\r\n "u8);
                _used = 0;
                _room = MaxOctets - 1;
            }
            output.Write(bytes[..length]);
            _used += length;
        }
    }
}
