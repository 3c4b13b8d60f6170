using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Validation;

/// <summary>
/// Warnings for a correction dated before the page it corrects was first published, as the page itself says (from git history,
/// else <c>published:</c>): a reader would see "Published 24 November 2026" above a correction of 1 November. Nothing is said
/// when the history is shallow, since its first dates are then the clone's boundary, not the real ones.
/// </summary>
public static class CorrectionDateRule
{
    public static IReadOnlyList<Diagnostic> Check(Site site)
    {
        if (site.History.Shallow) return [];
        var diagnostics = new List<Diagnostic>();
        // Few pages have corrections: their dates are looked up, not those of the other 10,000.
        foreach (var entry in site.Timeline.Select(e => e.Entry).Where(e => e.Corrections.Count > 0))
            Check(entry.Corrections, RecordDates.Of(site, entry).Published, "entry");
        foreach (var party in site.Parties.Select(p => p.Party).Where(p => p.Corrections.Count > 0))
            Check(party.Corrections, RecordDates.Of(site, party.RelativePath, null, party.Updated, []).Published, "page");
        return diagnostics;

        void Check(IReadOnlyList<Correction> corrections, DateOnly? published, string what)
        {
            if (published is not { } first) return;
            foreach (var correction in corrections.Where(c => c.Date.LastDay < first))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.CorrectionBeforePublication, correction.Location,
                    $"the correction is dated {correction.Date.Words}, before this {what} was first published ({PartialDate.Of(first).Words})",
                    "check the correction's date: a correction is made after what it corrects was published"));
            }
        }
    }
}
