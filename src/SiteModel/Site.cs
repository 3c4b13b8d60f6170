using Explainer.History;
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

    /// <summary>Standalone pages (input/pages/), by slug.</summary>
    public IReadOnlyList<RenderedPage> Pages { get; init; } = [];

    /// <summary>Commit dates of the content files; <see cref="RepositoryHistory.None"/> outside a git checkout.</summary>
    public RepositoryHistory History { get; init; } = RepositoryHistory.None;

    /// <summary>What the data shows about the site's sourcing, for every sentence the site says about it.</summary>
    /// <remarks>Worked out when first asked for; preview's model update (<see cref="SiteModelUpdate"/>) gives the previous model's when no source changed.</remarks>
    public SourcingSummary Sourcing
    {
        get => _sourcing ??= SourcingSummary.Of(Timeline.Select(e => e.Entry), Parties.Select(p => p.Party));
        init => _sourcing = value;
    }

    private SourcingSummary? _sourcing;

    /// <summary>Every correction on the site, newest first, with the entry or party it belongs to.</summary>
    public IReadOnlyList<CorrectionOnPage> Corrections => _corrections ??= CorrectionOnPage.Collect(this);

    private IReadOnlyList<CorrectionOnPage>? _corrections;

    /// <summary>Every FAQ item in timeline order of its entry.</summary>
    public IEnumerable<(RenderedEntry Entry, RenderedFaq Faq)> FaqItems =>
        Timeline.SelectMany(e => e.Faq.Select(f => (e, f)));
}
