using System.Text;

namespace Explainer.Cli;

/// <summary>Lines for a terminal: optionally coloured, and with the content's control characters made visible.</summary>
/// <remarks>Messages quote the input (headlines, YAML lines, file names), and input is untrusted: an escape character printed
/// as it is could move the cursor, retitle the window or hide earlier lines of a contributor's or a CI log's terminal, and a line
/// feed would start a line of the contributor's choosing, which GitHub Actions obeys when it begins with '::'
/// (<c>::error …</c> forges an annotation, <c>::stop-commands::</c> silences the real ones). No message has a line feed of its own.</remarks>
public static class ConsoleText
{
    public const string Red = "\u001b[91m";
    public const string Yellow = "\u001b[93m";
    public const string Grey = "\u001b[90m";
    private const string Reset = "\u001b[0m";

    /// <param name="colour">One of the colours above, or null for plain text.</param>
    /// <param name="endLine">False to go on writing on the same line.</param>
    public static void AppendLine(StringBuilder text, string line, string? colour, bool endLine = true)
    {
        if (colour is not null) text.Append(colour);
        AppendVisible(text, line);
        if (colour is not null) text.Append(Reset);
        if (endLine) text.Append('\n');
    }

    /// <summary><paramref name="value"/> with every control character but tab written as its code (<c>\x1B</c>, <c>\x0A</c>).</summary>
    public static string Visible(string value)
    {
        if (!value.Any(IsHidden)) return value;
        var text = new StringBuilder(value.Length + 16);
        AppendVisible(text, value);
        return text.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> shown line by line (<see cref="Visible"/> within each), for messages that quote another tool's
    /// output: a line that would begin with '::' shows its first colon as its code, so GitHub Actions reads it as text.
    /// </summary>
    public static string Lines(string value) => string.Join('\n', value.Split('\n').Select(line => NotACommand(Visible(line))));

    private static string NotACommand(string line)
    {
        if (!line.TrimStart().StartsWith("::", StringComparison.Ordinal)) return line;
        var colon = line.IndexOf(':');
        return line[..colon] + "\\x3A" + line[(colon + 1)..];
    }

    /// <summary>Appends <paramref name="value"/> with every control character but tab written as its code (<c>\x1B</c>, <c>\x0A</c>).</summary>
    public static void AppendVisible(StringBuilder text, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsHidden(c)) continue;
            text.Append(value, start, i - start);
            text.Append("\\x").Append(((int)c).ToString("X2"));
            start = i + 1;
        }
        text.Append(value, start, value.Length - start);
    }

    // Line and paragraph separators too: some terminals and log viewers break lines there.
    private static bool IsHidden(char c) => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';
}
