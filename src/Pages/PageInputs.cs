using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// What a planned page shows of the site beyond settings and parties: the entries it lists, and a text of every other value
/// it shows (counts, which years and months exist). Preview renders a page again only when these differ from the last build's;
/// because the planner states them next to the model it builds, no separate table has to mirror the planner.
/// </summary>
/// <param name="Entries">Compared by reference: an unchanged entry is the very same object from one build to the next.</param>
public sealed record PageInputs(IReadOnlyList<RenderedEntry> Entries, string Values)
{
    public static PageInputs None { get; } = new([], "");

    /// <summary>A page rendered again by every build: what it shows is not known when pages are planned (the data files' sizes).</summary>
    public static PageInputs Always { get; } = new([], "");

    public bool SameAs(PageInputs other)
    {
        if (ReferenceEquals(this, Always) || ReferenceEquals(other, Always)) return false;
        if (!string.Equals(Values, other.Values, StringComparison.Ordinal) || Entries.Count != other.Entries.Count) return false;
        for (var i = 0; i < Entries.Count; i++)
        {
            if (!ReferenceEquals(Entries[i], other.Entries[i])) return false;
        }
        return true;
    }
}
