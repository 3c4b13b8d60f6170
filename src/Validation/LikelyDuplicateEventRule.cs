using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// Two entries with the same date, a party in common and near-identical headlines are probably one event written up twice
/// (two contributors, one news day). Each gets a warning naming the other, so whichever file a pull request touches shows it.
/// </summary>
public static class LikelyDuplicateEventRule
{
    /// <summary>Share of headline words two entries must have in common (Jaccard index) to count as near-identical.</summary>
    private const double SimilarHeadline = 0.6;

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Entry> entries)
    {
        var diagnostics = new List<Diagnostic>();
        // Only entries of the same date are compared, so the pairs stay few even on a large site. A dictionary in first-seen
        // order, and no sets for a pair until it shares a party: this runs over every entry on every preview save.
        var byDay = new Dictionary<EdtfDate, List<Entry>>();
        foreach (var entry in entries)
        {
            ref var sameDay = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byDay, entry.Date, out _);
            (sameDay ??= new List<Entry>(1)).Add(entry);
        }
        foreach (var list in byDay.Values)
        {
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (!SharesParty(a, b) || Similarity(a.Event, b.Event) < SimilarHeadline) continue;
                var common = a.Parties.Select(p => p.Id).Intersect(b.Parties.Select(p => p.Id), StringComparer.Ordinal).ToList();
                diagnostics.Add(Warn(a, b, common));
                diagnostics.Add(Warn(b, a, common));
            }
        }
        return diagnostics;
    }

    private static bool SharesParty(Entry a, Entry b)
    {
        foreach (var x in a.Parties)
        foreach (var y in b.Parties)
        {
            if (string.Equals(x.Id, y.Id, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static Diagnostic Warn(Entry entry, Entry other, IReadOnlyList<string> common) =>
        Diagnostic.Warning(DiagnosticCodes.LikelyDuplicateEvent, entry.Location,
            $"this may be the same event as {other.Location.Path} ('{other.Event}'): same date, both involve {string.Join(", ", common)}, near-identical headline",
            "if it is the same event, add this file's sources to the other entry and delete this one; if not, make the headlines say how the events differ");

    /// <summary>Jaccard index of the two headlines' lower-case words: 1 for the same words, 0 for none in common.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
}
