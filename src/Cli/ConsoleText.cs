using System.Text;

namespace Explainer.Cli;

/// <summary>Lines for a terminal: optionally coloured, and with the content's control characters made visible.</summary>
/// <remarks>Messages quote the input (headlines, YAML lines), and input is untrusted: an escape character printed as it is
/// could move the cursor, retitle the window or hide earlier lines of a contributor's or a CI log's terminal.</remarks>
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

    /// <summary>Appends <paramref name="value"/> with every control character but tab and line feed written as its code (<c>\x1B</c>).</summary>
    public static void AppendVisible(StringBuilder text, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsControl(c) || c is '\t' or '\n') continue;
            text.Append(value, start, i - start);
            text.Append("\\x").Append(((int)c).ToString("X2"));
            start = i + 1;
        }
        text.Append(value, start, value.Length - start);
    }
}
