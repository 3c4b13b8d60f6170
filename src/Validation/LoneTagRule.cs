using System.Runtime.InteropServices;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// A tag no other entry uses is often a typo (<c>corporate-polcy</c>) that would silently start a tag page of its own: it gets a
/// warning, with the closest existing tag when there is one. A site with a single entry has nothing to compare with.
/// </summary>
public static class LoneTagRule
{
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Entry> entries)
    {
        if (entries.Count < 2) return [];
        // Plain loops over a few tags per entry: this runs over every entry on every preview save, and LINQ's per-entry sets
        // made it ~13 ms of each save's CPU at 10,000 entries.
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var tags = entry.Tags;
            for (var i = 0; i < tags.Count; i++)
            {
                // Counted once per entry, however often it repeats a tag.
                if (ReferenceLists.EarlierUses(tags, i) == 0) CollectionsMarshal.GetValueRefOrAddDefault(users, tags[i].Id, out _)++;
            }
        }
        if (!users.ContainsValue(1)) return [];

        var shared = users.Where(u => u.Value > 1).Select(u => u.Key).Order(StringComparer.Ordinal).ToList();
        var diagnostics = new List<Diagnostic>();
        foreach (var tag in entries.SelectMany(e => e.Tags).Where(t => users[t.Id] == 1))
        {
            var closest = Suggestions.Closest(tag.Id, shared);
            var hint = closest is not null
                ? $"did you mean '{closest}' (used by {users[closest]} entries)? Keep '{tag.Id}' only if it names a new topic"
                : "fine if it names a new topic; otherwise use a tag other entries use" + (shared.Count > 0 ? $", e.g. {string.Join(", ", shared.Take(6))}" : "");
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.LoneTag, tag.Location, $"no other entry has the tag '{tag.Id}'", hint));
        }
        return diagnostics;
    }
}
