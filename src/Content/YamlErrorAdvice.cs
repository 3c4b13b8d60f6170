namespace Explainer.Content;

/// <summary>
/// Turns the YAML errors contributors meet most into what happened and what to write instead: a key given twice, and, when the
/// lines involved are plain <c>key: value</c> lines, a value with ': ' in it, a value starting with a character YAML reserves
/// ('@', '`', '%' …), and a field indented differently from the one before it. Null keeps the parser's own message.
/// </summary>
public static class YamlErrorAdvice
{
    // YamlDotNet's messages for these cases.
    private const string DuplicateKey = "Duplicate key ";
    private static readonly string[] ColonInValue = ["found invalid mapping", "Mapping values are not allowed in this context"];
    private const string ReservedStart = "found character that cannot start any token";
    private const string Reserved = "@`%!&*|>";
    private static readonly string[] Misaligned = ["did not find expected '-' indicator", "did not find expected key"];

    /// <summary>The message and hint for the error on <paramref name="line"/> (1-based) of <paramref name="yaml"/>, or null.</summary>
    public static (string Message, string Hint)? For(string yaml, int line, string parserMessage)
    {
        if (parserMessage.StartsWith(DuplicateKey, StringComparison.Ordinal) && parserMessage[DuplicateKey.Length..] is var key)
            return ($"'{key}' is given twice here, so which value counts is unclear", $"keep one '{key}:' line in this block and delete or rename the other");
        if (Misaligned.Any(m => parserMessage.Contains(m, StringComparison.Ordinal))) return Alignment(yaml, line);
        var colon = ColonInValue.Any(m => parserMessage.Contains(m, StringComparison.Ordinal));
        if (!colon && !parserMessage.Contains(ReservedStart, StringComparison.Ordinal)) return null;
        // A field indented deeper than the one before reads as more of that field's value, and then its ': ' is the error.
        return Quoting(yaml, line, colon) ?? (colon ? Alignment(yaml, line) : null);
    }

    /// <summary>
    /// A field that starts in another column than the field with a value on the line before it (and not left of that line's own
    /// start, where it could belong to an outer block): the fields of one item (<c>- title: …</c>) start in the key's column.
    /// </summary>
    private static (string Message, string Hint)? Alignment(string yaml, int line)
    {
        if (KeyLine(LineAt(yaml, line)) is not var (leading, _, key, _)) return null;
        for (var before = line - 1; before >= 1; before--)
        {
            var text = LineAt(yaml, before);
            if (text.Trim().Length == 0) continue;
            if (KeyLine(text) is not var (previousLeading, column, previousKey, value) || value.Length == 0 || leading < previousLeading || leading == column) return null;
            return ($"'{key}' starts in column {leading + 1}, but '{previousKey}' on the line before starts in column {column + 1}",
                $"indent '{key}' with {column} spaces so that it lines up with '{previousKey}' (the fields of one item start in the same column)");
        }
        return null;
    }

    private static (string Message, string Hint)? Quoting(string yaml, int line, bool colon)
    {
        var text = LineAt(yaml, line);
        // Only a plain value: a quoted one cannot have these errors, and quoting one with a comment would take the comment in.
        if (KeyLine(text) is not var (_, column, key, value) || value.Length == 0 || value[0] is '"' or '\'' or '[' or '{'
            || value.Contains(" #", StringComparison.Ordinal)) return null;
        // The error may lie on this line for another reason (e.g. it continues the value above); advise only when the value shows it.
        if (colon ? !(value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':')) : !Reserved.Contains(value[0])) return null;

        var quoted = $"{text[..column]}{key}: \"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
        var message = colon
            ? $"the value of '{key}' contains ': ', which YAML reads as the start of another field"
            : $"the value of '{key}' starts with '{value[0]}', which YAML reserves";
        return (message, $"put the value in double quotes: {quoted.Trim()}");
    }

    /// <summary>
    /// A <c>key:</c> line (also as a list item, <c>- key: value</c>): its leading spaces, the column its key starts in (after a
    /// list item's "- "), the key, and the value after it, trimmed (empty when the key opens a block).
    /// </summary>
    private static (int Leading, int KeyColumn, string Key, string Value)? KeyLine(string text)
    {
        var content = text.TrimStart(' ');
        var leading = text.Length - content.Length;
        var column = leading;
        if (content.StartsWith("- ", StringComparison.Ordinal))
        {
            column += 2;
            content = content[2..];
        }
        var separator = content.IndexOf(':');
        if (separator <= 0 || content[..separator].Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))) return null;
        if (separator + 1 < content.Length && content[separator + 1] != ' ') return null;
        return (leading, column, content[..separator], content[(separator + 1)..].Trim());
    }

    private static string LineAt(string yaml, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++) start = yaml.IndexOf('\n', start) is var n and >= 0 ? n + 1 : -1;
        if (start < 0) return "";
        var end = yaml.IndexOf('\n', start);
        return (end < 0 ? yaml[start..] : yaml[start..end]).TrimEnd('\r');
    }
}
