using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// Warnings (never errors) about how strong the sourcing is: a source a reader cannot open, a single source called
/// confirmed, an event dated after every source yet not marked reported (a scheduled event, reported in advance),
/// a party page that makes claims without sources. The site shows all of this to readers; <c>check</c> tells the editors.
/// </summary>
public static class SourcingValidator
{
    public static IReadOnlyList<Diagnostic> Validate(SiteContent content)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var entry in content.Entries)
        {
            // Plain loops: this runs over every entry on every preview save.
            foreach (var source in entry.Sources)
            {
                if (!source.HasLink) diagnostics.Add(WithoutLink(source));
            }
            if (entry.Sources.Count == 1 && entry.Status == EntryStatus.Confirmed)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SingleSourceConfirmed, entry.Location,
                    $"'{entry.Event}' is marked confirmed on a single source",
                    "add a second, independent source (or the party's own statement), or set status: reported"));
            }
            if (entry.Status != EntryStatus.Reported && IsAfterEverySource(entry))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.EventAfterSources, entry.Location,
                    $"'{entry.Event}' is dated {entry.Date.Text}, after every source, but its status is {entry.Status.ToString().ToLowerInvariant()}",
                    "the sources could only report it in advance: set status: reported, or add a source published after it happened"));
            }
        }
        foreach (var party in content.Parties)
        {
            diagnostics.AddRange(party.Sources.Where(s => !s.HasLink).Select(WithoutLink));
            if (party.Sources.Count == 0 && !string.IsNullOrWhiteSpace(party.BodyMarkdown))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PartyWithoutSources, party.Location,
                    $"the page on '{party.Name}' makes claims but lists no sources",
                    "add sources: [{title: …, publisher: …, published: …}] for what the text says"));
            }
        }
        return diagnostics;
    }

    public static Diagnostic ShallowHistory() => Diagnostic.Warning(DiagnosticCodes.ShallowHistory, SourceLocation.None,
        "the git checkout is shallow, so pages' \"Published\" dates are the date of the oldest fetched commit",
        "fetch the whole history (git fetch --unshallow; in GitHub Actions: actions/checkout with fetch-depth: 0)");

    /// <summary>The event's earliest possible day is after the latest possible day of every dated source.</summary>
    private static bool IsAfterEverySource(Entry entry)
    {
        if (entry.Date.Earliest is not { } earliest || entry.Sources.Count == 0) return false;
        foreach (var source in entry.Sources)
        {
            if (source.Published?.Latest is not { } day || day >= earliest) return false;
        }
        return true;
    }

    private static Diagnostic WithoutLink(Source source) => Diagnostic.Warning(DiagnosticCodes.SourceWithoutLink, source.Location,
        $"the source '{source.Title}' has neither a url nor an archived copy, so readers cannot check it",
        "add url: (and archived: a copy at web.archive.org or archive.today) if it is online anywhere");
}
