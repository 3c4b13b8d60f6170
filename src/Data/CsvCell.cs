using System.Text;

namespace Explainer.Data;

/// <summary>
/// One CSV cell, spreadsheet-safe: RFC 4180 quoting (a cell with a comma, quote, CR or LF is quoted, quotes doubled), and a text
/// a spreadsheet would run as a formula (OWASP's "CSV injection") neutralised by a leading apostrophe, which spreadsheets show as text.
/// </summary>
public static class CsvCell
{
    /// <summary>
    /// True when a spreadsheet could take the text for a formula: it begins with <c>= + - @</c>, a tab or a carriage return, or
    /// with one of those four signs after leading spaces (some spreadsheets trim them) or in their full-width forms.
    /// </summary>
    public static bool LooksLikeFormula(string text)
    {
        if (text.Length == 0) return false;
        if (text[0] is '\t' or '\r' or '\n') return true;
        var first = text.TrimStart(' ', '\u00A0', '\u3000');
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
    }

    /// <summary>Appends the cell to a row: neutralised if needed, then quoted if needed.</summary>
    public static void Append(StringBuilder row, string text)
    {
        if (LooksLikeFormula(text)) text = "'" + text;
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            row.Append(text);
            return;
        }
        row.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
    }
}
