using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Validation;

/// <summary>A standalone page may not take a path the generator writes (/timeline/, /faq/, /corrections/, feed.xml…).</summary>
public static class PageSlugValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<Page> pages) =>
        pages.Where(p => SitePaths.Reserved.Contains(p.Slug))
            .Select(p => Diagnostic.Error(DiagnosticCodes.ReservedPageSlug, p.Location,
                $"the page '{p.Slug}' would replace the generated /{p.Slug}/",
                $"rename input/pages/{p.Slug}.md; these names are taken: {string.Join(", ", SitePaths.Reserved.Order(StringComparer.Ordinal))}"))
            .ToList();
}
