namespace Explainer.Model;

/// <summary>All parsed content of a site: settings, entries and parties, in stable (ordinal) order.</summary>
public sealed record SiteContent(SiteSettings Settings, IReadOnlyList<Entry> Entries, IReadOnlyList<Party> Parties);
