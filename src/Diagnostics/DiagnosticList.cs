namespace Explainer.Diagnostics;

/// <summary>Helpers over a set of diagnostics: ordering for output and error checks.</summary>
public static class DiagnosticList
{
    public static bool HasErrors(this IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.IsError);

    /// <summary>Errors first, then by file, line and column, so the same input always prints the same report.</summary>
    public static IReadOnlyList<Diagnostic> Ordered(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
