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

    /// <summary>How many look-alikes an entry's warnings name one by one; past this, one warning names the first few and counts the rest.</summary>
    /// <remarks>Pairs grow with the square of a day's look-alikes: 300 imported events dated only "2019" with templated headlines
    /// gave 89,700 warnings (two per pair), which drowned every other message.</remarks>
    public const int NamedOneByOne = 3;

    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Entry> entries)
    {
        var diagnostics = new List<Diagnostic>();
        // Only entries of the same date are compared, so the pairs stay few even on a large site. A dictionary in first-seen
        // order, and no word sets until a pair shares a party: this runs over every entry on every preview save.
        var byDay = new Dictionary<EdtfDate, List<Entry>>();
        foreach (var entry in entries)
        {
            ref var sameDay = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byDay, entry.Date, out _);
            (sameDay ??= new List<Entry>(1)).Add(entry);
        }
        foreach (var list in byDay.Values)
        {
            if (list.Count < 2) continue;
            // Each headline's words are made once, when a pair first shares a party: most pairs never do.
            var words = new HashSet<string>?[list.Count];
            HashSet<string> WordsOf(int i) => words[i] ??= Words(list[i].Event);
            var alike = new List<int>[list.Count];
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                if (!SharesParty(list[i], list[j]) || Similarity(WordsOf(i), WordsOf(j)) < SimilarHeadline) continue;
                (alike[i] ??= []).Add(j);
                (alike[j] ??= []).Add(i);
            }
            for (var i = 0; i < list.Count; i++)
            {
                if (alike[i] is not { } others) continue;
                if (others.Count <= NamedOneByOne) diagnostics.AddRange(others.Select(j => Warn(list[i], list[j])));
                else diagnostics.Add(WarnMany(list[i], others.Select(j => list[j]).ToList()));
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

    private const string Hint = "if it is the same event, add this file's sources to the other entry and delete this one; if not, make the headlines say how the events differ";

    private static Diagnostic Warn(Entry entry, Entry other)
    {
        var common = entry.Parties.Select(p => p.Id).Intersect(other.Parties.Select(p => p.Id), StringComparer.Ordinal);
        return Diagnostic.Warning(DiagnosticCodes.LikelyDuplicateEvent, entry.Location,
            $"this may be the same event as {other.Location.Path} ('{other.Event}'): same date, both involve {string.Join(", ", common)}, near-identical headline",
            Hint);
    }

    private static Diagnostic WarnMany(Entry entry, IReadOnlyList<Entry> others) =>
        Diagnostic.Warning(DiagnosticCodes.LikelyDuplicateEvent, entry.Location,
            $"this may be the same event as {others.Count:N0} other entries of the same date with a party in common and a near-identical headline: "
            + string.Join(", ", others.Take(NamedOneByOne).Select(o => $"{o.Location.Path} ('{o.Event}')")) + $" and {others.Count - NamedOneByOne:N0} more",
            Hint + " (many look-alikes on one date are often a template's headline left unchanged)");

    /// <summary>Jaccard index of two headlines' lower-case words: 1 for the same words, 0 for none in common.</summary>
    private static double Similarity(HashSet<string> x, HashSet<string> y)
    {
        var common = 0;
        foreach (var word in x) if (y.Contains(word)) common++;
        var union = x.Count + y.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
}
