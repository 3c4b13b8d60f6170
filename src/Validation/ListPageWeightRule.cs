using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Pages;

namespace Explainer.Validation;

/// <summary>
/// Generated pages (lists, indexes, the search page) are split to stay under <see cref="PageWeightRule.BudgetBytes"/>, but a
/// shape no split foresees can still pass it: thousands of parties named on the search page, hundreds of events
/// with one headline on one day. Such a page is named rather than published quietly.
/// </summary>
/// <remarks>Pages of an entry, a party or a standalone page are left to <see cref="PageWeightRule"/>, which points at their file.
/// Judged from the lengths the build result keeps for every file, so preview, which renders only what a save changes, says the same.</remarks>
public static class ListPageWeightRule
{
    private static readonly HashSet<string> OwnTextTemplates = new(StringComparer.Ordinal) { "pages/entry", "pages/party", "pages/page" };

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<PlannedPage> pages, IReadOnlyList<SiteFile> files)
    {
        var heavy = files.Where(f => f.Length > PageWeightRule.BudgetBytes).ToList();
        if (heavy.Count == 0) return [];
        var generated = pages.Where(p => !OwnTextTemplates.Contains(p.Template)).Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        return heavy.Where(f => generated.Contains(f.Path))
            .Select(f => Diagnostic.Warning(DiagnosticCodes.HeavyListPage, new SourceLocation(""),
                $"the generated page {f.Path} is {f.Length / 1024:N0} KB of HTML, over the {PageWeightRule.BudgetBytes / 1024} KB a page should weigh to open quickly on a phone",
                "the site builds as it is; lists are split by year, month, day and first letter at 200 items, and this page holds something those splits do not foresee: " +
                "report it to the generator's maintainers with the page's path"))
            .ToList();
    }
}
