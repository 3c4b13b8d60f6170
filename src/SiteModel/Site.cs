using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// The whole site as readers navigate it: entries in timeline order, parties, the indexes that connect them.
/// Built once from rendered content; every page is a view of it.
/// </summary>
public sealed record Site(
    SiteSettings Settings,
    SiteUrls Urls,
    IReadOnlyList<RenderedEntry> Timeline,
    IReadOnlyList<RenderedParty> Parties,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> EntriesByParty,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> EntriesByTag,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedParty>> ProductsByOwner)
{
    public IReadOnlyDictionary<string, RenderedParty> PartiesById { get; } =
        Parties.ToDictionary(p => p.Party.Id, StringComparer.Ordinal);

    /// <summary>Every FAQ item in timeline order of its entry.</summary>
    public IEnumerable<(RenderedEntry Entry, RenderedFaq Faq)> FaqItems =>
        Timeline.SelectMany(e => e.Faq.Select(f => (e, f)));
}
