using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// Warnings for record-keeping dates that cannot have happened yet: a source published, a correction made, a page published or
/// updated after today. An event may lie ahead (a ban scheduled to start); what the site says about its sources and its own
/// records may not: "Information as of 5 January 2027", read in December 2026, is a typo no reader can see as one.
/// </summary>
public static class FutureDateRule
{
    public static IReadOnlyList<Diagnostic> Check(SiteContent content, DateOnly today)
    {
        // Today is the UTC day; a contributor east of UTC may already be a day ahead of it.
        var latestPossible = today.AddDays(1);
        var diagnostics = new List<Diagnostic>();
        foreach (var entry in content.Entries)
        {
            Records(entry.Sources, entry.Corrections, entry.Location, ("published", entry.Published), ("updated", entry.Updated));
        }
        foreach (var party in content.Parties)
        {
            Records(party.Sources, party.Corrections, party.Location, ("updated", party.Updated));
        }
        foreach (var page in content.Pages)
        {
            Records([], [], page.Location, ("updated", page.Updated));
        }
        return diagnostics;

        void Records(IReadOnlyList<Source> sources, IReadOnlyList<Correction> corrections, SourceLocation file, params (string Field, EdtfDate? Date)[] fields)
        {
            foreach (var source in sources)
            {
                if (source.Published?.Earliest is { } day && day > latestPossible)
                    diagnostics.Add(NotYet(source.Location, $"the source '{source.Title}' is dated {source.Published.Text}", today,
                        "a source is published before anything can cite it: check the year and the month"));
            }
            foreach (var correction in corrections)
            {
                if (correction.Date.FirstDay > latestPossible)
                    diagnostics.Add(NotYet(correction.Location, $"the correction is dated {correction.Date.Text}", today,
                        "date a correction the day it is made"));
            }
            foreach (var (field, date) in fields)
            {
                if (date?.Earliest is { } day && day > latestPossible)
                    diagnostics.Add(NotYet(file, $"'{field}' is {date.Text}", today, $"'{field}' says when the page was {field}: check the year and the month"));
            }
        }
    }

    private static Diagnostic NotYet(SourceLocation location, string what, DateOnly today, string hint) =>
        Diagnostic.Warning(DiagnosticCodes.DateNotYet, location,
            $"{what}, after today ({PartialDate.Of(today).Words})", hint);
}
