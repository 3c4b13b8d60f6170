using System.Text;

namespace Explainer.Diagnostics;

/// <summary>
/// Formats diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which the
/// runner turns into annotations on the pull request's diff. Escaping follows the runner's rules (actions/toolkit, command.ts).
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>GitHub shows at most this many annotations of each severity per step; the rest are only in the log and the summary.</summary>
    public const int ShownPerStep = 10;

    public static string Format(Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.Location.Path.Length > 0) properties.Add($"file={EscapeProperty(diagnostic.Location.Path)}");
        if (diagnostic.Location.Line > 0) properties.Add($"line={diagnostic.Location.Line}");
        if (diagnostic.Location is { Line: > 0, Column: > 0 }) properties.Add($"col={diagnostic.Location.Column}");
        properties.Add($"title={EscapeProperty($"{diagnostic.Code}: {Title(diagnostic.Message)}")}");

        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message}\nhint: {diagnostic.Hint}";
        var command = diagnostic.IsError ? "error" : "warning";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>Message text: '%', CR and LF would end or corrupt the command, so they are percent-encoded.</summary>
    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>Property values additionally encode ':' and ',', which separate the command's parts.</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();

    // The title is shown in bold above the message; the message's first clause keeps it short.
    private static string Title(string message)
    {
        var cuts = new[] { message.IndexOf(": ", StringComparison.Ordinal), message.IndexOf(" (", StringComparison.Ordinal) }.Where(i => i > 0).ToList();
        var title = (cuts.Count > 0 ? message[..cuts.Min()] : message).Trim();
        return title.Length <= 60 ? title : title[..57] + "…";
    }
}
