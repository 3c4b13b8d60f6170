using System.Text;

namespace Explainer.Diagnostics;

/// <summary>
/// Renders every diagnostic as a Markdown table for <c>$GITHUB_STEP_SUMMARY</c>: the annotations on the diff stop at ten,
/// the summary lists all of them. Content is untrusted, so every cell is escaped to plain text.
/// </summary>
public static class StepSummary
{
    public static string Render(string title, IReadOnlyList<Diagnostic> diagnostics, string closingLine)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var builder = new StringBuilder();
        builder.Append("## ").Append(title).Append(": ");
        builder.Append(diagnostics.Count == 0 ? "no problems" : $"{Count(errors, "error")}, {Count(warnings, "warning")}").Append("\n\n");

        if (diagnostics.Count > 0)
        {
            if (diagnostics.Count > GitHubAnnotations.ShownPerStep)
            {
                builder.Append("GitHub shows only the first ").Append(GitHubAnnotations.ShownPerStep)
                    .Append(" annotations on the diff; this table lists all of them.\n\n");
            }
            builder.Append("| | Where | Code | Problem | How to fix it |\n|---|---|---|---|---|\n");
            foreach (var d in AnnotationOrder.Prioritise(diagnostics))
            {
                builder.Append("| ").Append(d.IsError ? "❌ error" : "⚠️ warning")
                    .Append(" | ").Append(Cell(d.Location.Path.Length == 0 ? "(site)" : d.Location.ToString()))
                    .Append(" | ").Append(d.Code)
                    .Append(" | ").Append(Cell(d.Message))
                    .Append(" | ").Append(Cell(d.Hint ?? ""))
                    .Append(" |\n");
            }
            builder.Append('\n');
        }
        builder.Append(Cell(closingLine)).Append("\n\n");
        return builder.ToString();
    }

    /// <summary>Plain text in a table cell: every ASCII punctuation character is backslash-escaped (CommonMark allows it for all of them), so no link, HTML or table break can be injected; line breaks become spaces.</summary>
    public static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n') builder.Append(' ');
            else if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 || char.IsControl(c)) builder.Append(char.IsControl(c) ? ' ' : c);
            else builder.Append('\\').Append(c);
        }
        return builder.ToString();
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
