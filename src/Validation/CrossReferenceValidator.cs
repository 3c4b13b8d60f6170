using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>Checks what no single file can: party ids and owners exist, slugs and FAQ anchors are unique, ownership has no cycles.</summary>
public static class CrossReferenceValidator
{
    /// <param name="partyFileIds">Ids of every party file, parsed or not: a reference to a party whose file has its own
    /// errors is not reported a second time as unknown.</param>
    /// <param name="inputFolder">The input folder as messages name it.</param>
    public static IReadOnlyList<Diagnostic> Validate(SiteContent content, IEnumerable<string> partyFileIds, string inputFolder = "input")
    {
        var diagnostics = new List<Diagnostic>();
        var partyIds = partyFileIds.ToHashSet(StringComparer.Ordinal);

        // Plain loops over a few parties per entry: this runs over every entry on every preview save.
        foreach (var entry in content.Entries)
        {
            var parties = entry.Parties;
            for (var i = 0; i < parties.Count; i++)
            {
                var party = parties[i];
                if (!partyIds.Contains(party.Id)) diagnostics.Add(UnknownParty(party, partyIds, inputFolder));
                // Reported once, where the party is listed the second time.
                if (ReferenceLists.EarlierUses(parties, i) == 1)
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, party.Location, $"the party '{party.Id}' is listed twice", "list each party once"));
            }
        }

        foreach (var party in content.Parties.Where(p => p.Owner is not null))
        {
            if (!partyIds.Contains(party.Owner!.Id)) diagnostics.Add(UnknownParty(party.Owner, partyIds, inputFolder));
        }

        diagnostics.AddRange(OwnerCycles(content.Parties));
        diagnostics.AddRange(Duplicates(content.Entries, e => e.Slug, e => e.Location,
            DiagnosticCodes.DuplicateSlug, slug => $"the slug '{slug}' is used by more than one entry",
            "rename one of the files, or give it a different 'slug:'"));
        diagnostics.AddRange(Duplicates(content.Entries.SelectMany(e => e.Faq), f => f.Anchor, f => f.Location,
            DiagnosticCodes.DuplicateFaqAnchor, anchor => $"more than one FAQ question becomes the anchor '#{anchor}'",
            "reword one of the questions, or merge them into one entry's FAQ"));
        return diagnostics;
    }

    /// <param name="inputFolder">The input folder as messages show it: the command the hint offers must write the party there.</param>
    internal static Diagnostic UnknownParty(Reference reference, IReadOnlySet<string> known, string inputFolder)
    {
        var folder = $"{inputFolder}/parties/";
        var suggestion = Suggestions.Closest(reference.Id, known);
        if (!Slug.IsValid(reference.Id) && !Slug.CanMakeFrom(reference.Id))
        {
            // '阿里巴巴' has nothing to make a file name from: offering 'item' would be no help.
            return Diagnostic.Error(DiagnosticCodes.UnknownParty, reference.Location, $"unknown party '{reference.Id}'",
                (suggestion is null ? "" : $"did you mean '{suggestion}'? ") +
                $"party ids are {Slug.Rule}: write the party's id with the letters a-z and digits (a translation or transliteration), or use one of the existing parties");
        }
        // Party ids are file names in lower case; 'Alibaba' must not lead to a command that refuses it.
        var id = Slug.IsValid(reference.Id) ? reference.Id : Slug.From(reference.Id);
        // 'Alibaba' where alibaba.md exists: the id only needs writing as its file is named (new --party would refuse to make it again).
        if (known.Contains(id))
            return Diagnostic.Error(DiagnosticCodes.UnknownParty, reference.Location, $"unknown party '{reference.Id}'",
                $"write it as '{id}': party ids are the file names in {folder}, {Slug.Rule}");
        var hint = suggestion is not null
            ? $"did you mean '{suggestion}'? Otherwise add {folder}{id}.md ({NewPartyCommand(inputFolder, id)})"
            : $"add {folder}{id}.md for it ({NewPartyCommand(inputFolder, id)}), or use one of the existing parties";
        return Diagnostic.Error(DiagnosticCodes.UnknownParty, reference.Location, $"unknown party '{reference.Id}'", hint);
    }

    /// <summary>The command that makes the party's file in the input folder the build read (new writes to input/ unless told).</summary>
    private static string NewPartyCommand(string inputFolder, string id) => inputFolder == "input"
        ? $"dotnet run -- new --party {id}"
        : $"dotnet run -- new --input {(inputFolder.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$') ? $"'{inputFolder.Replace("'", "'\\''")}'" : inputFolder)} --party {id}";

    private static IEnumerable<Diagnostic> OwnerCycles(IReadOnlyList<Party> parties)
    {
        var owners = parties.Where(p => p.Owner is not null).ToDictionary(p => p.Id, p => p.Owner!.Id, StringComparer.Ordinal);
        foreach (var party in parties.Where(p => p.Owner is not null))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { party.Id };
            var current = party.Owner!.Id;
            while (owners.TryGetValue(current, out var next) && seen.Add(current)) current = next;
            if (current == party.Id)
            {
                yield return Diagnostic.Error(DiagnosticCodes.OwnerCycle, party.Owner.Location,
                    $"'{party.Id}' ends up owning itself through 'owner'", "remove 'owner' from one of the parties in the loop");
            }
        }
    }

    /// <summary>Every item that shares its key with another gets an error naming where the others are, so the annotation lands
    /// on whichever file a pull request touched.</summary>
    private static IEnumerable<Diagnostic> Duplicates<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location,
        string code, Func<string, string> message, string hint)
    {
        // Almost always nothing repeats: finding that out with one set costs a fraction of grouping 30,000 FAQ anchors.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (items.All(item => seen.Add(key(item)))) yield break;
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var places = group.Select(location).ToList();
            foreach (var place in places)
            {
                var others = string.Join(", ", places.Where(p => p != place).Select(p => p.ToString()));
                yield return Diagnostic.Error(code, place, $"{message(group.Key)} (also at {others})", hint);
            }
        }
    }
}
