namespace Explainer.Rendering.ViewModels;

// One model per page template, passed as `model`.

public sealed record HomeModel(
    IReadOnlyList<EntryCardView> Latest, IReadOnlyList<FaqItemView> Questions, IReadOnlyList<PartyCardView> Parties,
    int EntryCount, int FaqCount);

public sealed record TimelineModel(EntryListView List);

/// <summary>The FAQ index: questions by year of their event, the newest events' questions, and the count of all questions.</summary>
/// <param name="AnchorShards">How many files of <c>faq/anchors/</c> map old <c>faq/#question</c> anchors to their new home.</param>
public sealed record FaqModel(EntryListView List, int QuestionCount, int AnchorShards);

public sealed record EntryModel(
    EntryCardView Entry, string BodyHtml, IReadOnlyList<FaqItemView> Faq, IReadOnlyList<SourceView> Sources,
    DateView? Updated, EntryCardView? Previous, EntryCardView? Next);

public sealed record PartyGroupView(string Kind, string Label, IReadOnlyList<PartyCardView> Parties);

public sealed record PartiesModel(IReadOnlyList<PartyGroupView> Groups);

/// <param name="LatestDate">The date of the party's latest event (search sorts party pages by it), or "" when it has none.</param>
public sealed record PartyModel(PartyCardView Party, string BodyHtml, IReadOnlyList<PartyLinkView> Products, EntryListView Entries, string LatestDate);

public sealed record TagView(string Slug, string Name, string Url, int Count);

public sealed record TagsModel(IReadOnlyList<TagView> Tags);

public sealed record TagModel(TagView Tag, EntryListView Entries);

/// <summary>
/// The search page: reader-facing names for the facet values the search index stores as ids and slugs,
/// so shared URLs stay short and stable (<c>party=alibaba</c>) while filter chips read as words.
/// </summary>
public sealed record SearchModel(IReadOnlyList<PartyLinkView> Parties, IReadOnlyList<TagView> Tags, IReadOnlyList<StatusView> Statuses);

/// <summary>For pages whose template needs nothing beyond <c>site</c> and <c>page</c>.</summary>
public sealed record EmptyModel;
