namespace Explainer.Rendering.ViewModels;

// One model per page template, passed as `model`.

public sealed record HomeModel(
    IReadOnlyList<EntryCardView> Latest, IReadOnlyList<FaqItemView> Questions, IReadOnlyList<PartyCardView> Parties,
    int EntryCount, int FaqCount);

/// <summary>/corrections/: every correction, newest first, and the corrections policy page if there is one.</summary>
public sealed record CorrectionsModel(IReadOnlyList<CorrectionLogView> Corrections, PageLinkView? Policy, string FeedUrl);

public sealed record CorrectionLogView(DateView Date, string TextHtml, string PageTitle, string PageUrl);

/// <summary>A standalone page (input/pages/): its body and record-keeping dates.</summary>
public sealed record StandaloneModel(string Title, string Summary, string BodyHtml, RecordView Record);

public sealed record TimelineYearView(string Year, string Anchor, IReadOnlyList<EntryCardView> Entries);

public sealed record TimelineModel(IReadOnlyList<TimelineYearView> Years, int EntryCount);

public sealed record FaqModel(IReadOnlyList<FaqItemView> Items);

public sealed record EntryModel(
    EntryCardView Entry, string BodyHtml, IReadOnlyList<FaqItemView> Faq, IReadOnlyList<SourceView> Sources,
    DateView? Updated, EntryCardView? Previous, EntryCardView? Next)
{
    public EvidenceView Evidence { get; init; } = null!;
    public RecordView Record { get; init; } = null!;
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];
}

public sealed record PartyGroupView(string Kind, string Label, IReadOnlyList<PartyCardView> Parties);

public sealed record PartiesModel(IReadOnlyList<PartyGroupView> Groups);

public sealed record PartyModel(PartyCardView Party, string BodyHtml, IReadOnlyList<PartyLinkView> Products, IReadOnlyList<EntryCardView> Entries)
{
    public IReadOnlyList<SourceView> Sources { get; init; } = [];
    public EvidenceView Evidence { get; init; } = null!;
    public RecordView Record { get; init; } = null!;
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];
}

public sealed record TagView(string Slug, string Name, string Url, int Count);

public sealed record TagsModel(IReadOnlyList<TagView> Tags);

public sealed record TagModel(TagView Tag, IReadOnlyList<EntryCardView> Entries);

/// <summary>
/// The search page: reader-facing names for the facet values the search index stores as ids and slugs,
/// so shared URLs stay short and stable (<c>party=alibaba</c>) while filter chips read as words.
/// </summary>
public sealed record SearchModel(IReadOnlyList<PartyLinkView> Parties, IReadOnlyList<TagView> Tags, IReadOnlyList<StatusView> Statuses);

/// <summary>For pages whose template needs nothing beyond <c>site</c> and <c>page</c>.</summary>
public sealed record EmptyModel;
