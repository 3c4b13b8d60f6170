namespace Explainer.Model;

/// <summary>All parsed content of a site: settings, entries, parties and standalone pages, in stable (ordinal) order.</summary>
public sealed record SiteContent(SiteSettings Settings, IReadOnlyList<Entry> Entries, IReadOnlyList<Party> Parties)
{
    public IReadOnlyList<Page> Pages { get; init; } = [];
}
