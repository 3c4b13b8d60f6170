using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// Warnings for names in site.yml's <c>tag_names:</c> that no entry's tag uses: most often a typo in the tag, which would
/// otherwise leave the tag's pages with its plain name and say nothing.
/// </summary>
public static class TagNamesRule
{
    public static IReadOnlyList<Diagnostic> Check(SiteContent content)
    {
        var labels = content.Settings.TagNames.Labels;
        if (labels.Count == 0) return [];
        var used = content.Entries.SelectMany(e => e.Tags).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return labels.Where(l => !used.Contains(l.Tag)).Select(l => Diagnostic.Warning(DiagnosticCodes.UnusedTagName, l.Location,
                $"no entry has the tag '{l.Tag}', so its name '{l.Name}' is not used",
                Suggestions.Closest(l.Tag, used) is { } closest ? $"did you mean '{closest}'?" : "check the tag's spelling against the tags entries use, or remove the line"))
            .ToList();
    }
}
