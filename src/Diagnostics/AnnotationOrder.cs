namespace Explainer.Diagnostics;

/// <summary>
/// Orders diagnostics for GitHub, which shows only the first <see cref="GitHubAnnotations.ShownPerStep"/> annotations of a step:
/// errors before warnings; then one per file in turn (each file's first problem, then each file's second, …), so a pull
/// request touching several files gets an annotation on every broken file before any file gets its eleventh. Within a
/// file, problems keep their line order, because the first problem in a file often explains the ones after it.
/// </summary>
public static class AnnotationOrder
{
    public static IReadOnlyList<Diagnostic> Prioritise(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .GroupBy(d => d.Severity)
            .OrderByDescending(g => g.Key)
            .SelectMany(RoundRobinByFile)
            .ToList();

    private static IEnumerable<Diagnostic> RoundRobinByFile(IEnumerable<Diagnostic> diagnostics)
    {
        var files = diagnostics
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Ordered().ToList())
            .ToList();
        var longest = files.Count == 0 ? 0 : files.Max(f => f.Count);
        for (var rank = 0; rank < longest; rank++)
        {
            foreach (var file in files.Where(f => rank < f.Count)) yield return file[rank];
        }
    }
}
