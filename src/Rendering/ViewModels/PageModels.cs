namespace Explainer.Rendering.ViewModels;

// One model per page template, passed as `model`.

public sealed record HomeModel(
    IReadOnlyList<EntryCardView> Latest, IReadOnlyList<FaqItemView> Questions, IReadOnlyList<PartyCardView> Parties,
    int EntryCount, int FaqCount);

public sealed record TimelineYearView(string Year, string Anchor, IReadOnlyList<EntryCardView> Entries);

public sealed record TimelineModel(IReadOnlyList<TimelineYearView> Years, int EntryCount);

public sealed record FaqModel(IReadOnlyList<FaqItemView> Items);

public sealed record EntryModel(
    EntryCardView Entry, string BodyHtml, IReadOnlyList<FaqItemView> Faq, IReadOnlyList<SourceView> Sources,
    DateView? Updated, EntryCardView? Previous, EntryCardView? Next);

public sealed record PartyGroupView(string Kind, string Label, IReadOnlyList<PartyCardView> Parties);

public sealed record PartiesModel(IReadOnlyList<PartyGroupView> Groups);

public sealed record PartyModel(PartyCardView Party, string BodyHtml, IReadOnlyList<PartyLinkView> Products, IReadOnlyList<EntryCardView> Entries);

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
