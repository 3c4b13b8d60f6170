using Explainer.Model;

namespace Explainer.Validation;

/// <summary>Repeats within an entry's short lists of parties or tags, found without a set per entry (the checks run over every entry on every preview save).</summary>
internal static class ReferenceLists
{
    /// <summary>How many references before <paramref name="index"/> have the same id as the one at it.</summary>
    public static int EarlierUses(IReadOnlyList<Reference> references, int index)
    {
        var uses = 0;
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(references[j].Id, references[index].Id, StringComparison.Ordinal)) uses++;
        }
        return uses;
    }
}
