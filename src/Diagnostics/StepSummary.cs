using System.Text;

namespace Explainer.Diagnostics;

/// <summary>
/// Renders every diagnostic as a Markdown table for <c>$GITHUB_STEP_SUMMARY</c>: the annotations on the diff stop at ten,
/// the summary lists all of them, up to <see cref="MaxBytes"/>. Content is untrusted, so every cell is escaped to plain text.
/// </summary>
public static class StepSummary
{
    /// <summary>
    /// GitHub drops a step's whole summary past 1 MiB ("upload aborted, supports content up to a size of 1024k"), and a large
    /// site can have thousands of warnings: the table stops short of it, errors first, and says how many it leaves out.
    /// </summary>
    public const int MaxBytes = 1000 * 1024;

    /// <param name="used">Bytes the step's summary holds already (an earlier check, another tool): the limit is for the whole file.</param>
    public static string Render(string title, IReadOnlyList<Diagnostic> diagnostics, string closingLine, long used = 0)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var builder = new StringBuilder();
        builder.Append("## ").Append(title).Append(": ");
        builder.Append(diagnostics.Count == 0 ? "no problems" : $"{Count(errors, "error")}, {Count(warnings, "warning")}").Append("\n\n");

        if (diagnostics.Count > 0)
        {
            // The rows first, so the line above them can say whether they are all of them.
            var rows = new StringBuilder("| | Where | Code | Problem | How to fix it |\n|---|---|---|---|---|\n");
            // Room kept for the lines around the table; each row's UTF-8 size is what counts against GitHub's limit.
            var bytes = used + Encoding.UTF8.GetByteCount(builder.ToString()) + Encoding.UTF8.GetByteCount(Cell(closingLine)) + 1024;
            var ordered = AnnotationOrder.Prioritise(diagnostics).ToList();
            var listed = GitHubMarkdown.AppendWhileFits(rows, ordered.Select(Row), (int)Math.Max(0, MaxBytes - bytes), Encoding.UTF8.GetByteCount);
            if (diagnostics.Count > GitHubAnnotations.ShownPerStep)
            {
                builder.Append("GitHub shows only the first ").Append(GitHubAnnotations.ShownPerStep).Append(" annotations on the diff; ")
                    .Append(listed == ordered.Count ? "this table lists all of them" : $"this table lists the first {listed:N0} of {ordered.Count:N0}").Append(".\n\n");
            }
            builder.Append(rows).Append('\n');
            if (listed < ordered.Count)
            {
                var left = ordered.Skip(listed).ToList();
                var leftErrors = left.Count(d => d.IsError);
                builder.Append("The table stops here, short of GitHub's 1 MB limit for a step's summary: ")
                    .Append(Count(leftErrors, "error")).Append(" and ").Append(Count(left.Count - leftErrors, "warning"))
                    .Append(" more are in the step's log, and `dotnet run -- check` lists them all.\n\n");
            }
        }
        builder.Append(Cell(closingLine)).Append("\n\n");
        return builder.ToString();
    }

    private static string Row(Diagnostic d) =>
        $"| {(d.IsError ? "❌ error" : "⚠️ warning")} | {Cell(d.Location.Path.Length == 0 ? "(site)" : d.Location.ToString())} | {d.Code} | {Cell(d.Message)} | {Cell(d.Hint ?? "")} |\n";

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
