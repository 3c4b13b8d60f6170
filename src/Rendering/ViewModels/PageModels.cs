namespace Explainer.Rendering.ViewModels;

// One model per page template, passed as `model`.

/// <param name="Parties">The parties in the most events, at most <see cref="Pages.PagePlanner.HomeParties"/>.</param>
public sealed record HomeModel(
    IReadOnlyList<EntryCardView> Latest, IReadOnlyList<FaqItemView> Questions, IReadOnlyList<PartyCardView> Parties,
    int EntryCount, int FaqCount)
{
    /// <summary>Every party of the site, shown or not.</summary>
    public int PartyCount { get; init; }
}

/// <summary>
/// A page of the corrections log (<see cref="Pages.CorrectionsPages"/>): its corrections, newest first, and the corrections policy
/// page if there is one. A log too long for one page also has its years, and a long year its months.
/// </summary>
/// <param name="Breadcrumbs">The trail above a year's or month's page; empty on corrections/ itself.</param>
/// <param name="LatestOnly">True on corrections/ when it shows only the latest corrections, each year's page the rest.</param>
public sealed record CorrectionsModel(IReadOnlyList<CorrectionLogView> Corrections, PageLinkView? Policy, string FeedUrl, string Lead,
    IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<PeriodView> Years, IReadOnlyList<PeriodView> Months, bool LatestOnly)
{
    /// <summary>The days of a month too long for one page.</summary>
    public IReadOnlyList<PeriodView> Days { get; init; } = [];

    /// <summary>The first letters of the corrected pages' titles, for a day too long for one page; on a letter's page, with it current.</summary>
    public IReadOnlyList<PeriodView> Letters { get; init; } = [];

    /// <summary>On the page of a letter too long for one page: the longer prefixes it is listed by.</summary>
    public IReadOnlyList<PeriodView> Prefixes { get; init; } = [];
}

public sealed record CorrectionLogView(DateView Date, string TextHtml, string PageTitle, string PageUrl);

/// <summary>A standalone page (input/pages/): its body and record-keeping dates.</summary>
public sealed record StandaloneModel(string Title, string Summary, string BodyHtml, RecordView Record);

public sealed record TimelineModel(EntryListView List);

/// <summary>The FAQ index: questions by year of their event, the newest events' questions, and the count of all questions.</summary>
/// <param name="AnchorShards">How many files of <c>faq/anchors/</c> map old <c>faq/#question</c> anchors to their new home.</param>
public sealed record FaqModel(EntryListView List, int QuestionCount, int AnchorShards);

public sealed record EntryModel(
    EntryCardView Entry, Utf8Text BodyHtml, IReadOnlyList<FaqItemView> Faq, IReadOnlyList<SourceView> Sources,
    DateView? Updated, EntryCardView? Previous, EntryCardView? Next)
{
    public EvidenceView Evidence { get; init; } = null!;
    public RecordView Record { get; init; } = null!;
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>"Cite this entry": plain text, BibTeX and CSL-JSON.</summary>
    public Sharing.CitationFormats? Citation { get; init; }
}

public sealed record PartyGroupView(string Kind, string Label, IReadOnlyList<PartyCardView> Parties);

/// <summary>The parties page, or a page of it by first letters (<see cref="Pages.IndexPages"/>) when a site has too many parties for one.</summary>
public sealed record PartiesModel(IReadOnlyList<PartyGroupView> Groups)
{
    public LetterIndexView Letters { get; init; } = LetterIndexView.None;
}

/// <param name="LatestDate">The date of the party's latest event (search sorts party pages by it), or "" when it has none.</param>
public sealed record PartyModel(PartyCardView Party, string BodyHtml, IReadOnlyList<PartyLinkView> Products, EntryListView Entries, string LatestDate)
{
    public IReadOnlyList<SourceView> Sources { get; init; } = [];
    public EvidenceView Evidence { get; init; } = null!;
    public RecordView Record { get; init; } = null!;
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];
}

public sealed record TagView(string Slug, string Name, string Url, int Count)
{
    /// <summary>True when the name is the tag's id capitalised with spaces (no <c>tag_names:</c> line in site.yml): the search
    /// page leaves such names out of its labels, as search.js makes them the same way.</summary>
    public bool NamedAfterId => Name == Model.TagNames.None.Of(Slug);
}

/// <summary>The tags page, or a page of it by first letters (<see cref="Pages.IndexPages"/>) when a site has too many tags for one.</summary>
public sealed record TagsModel(IReadOnlyList<TagView> Tags)
{
    public LetterIndexView Letters { get; init; } = LetterIndexView.None;
}

/// <summary>
/// How a long index (tags, parties) is split: the lead that says so, the first letters (on every page of it), the longer
/// prefixes a long letter is split into, and the trail above a letter's page. Empty while the index fits on one page.
/// </summary>
/// <param name="Heading">What the index page heads the items it shows with ("Most used"); "" on a letter's page.</param>
public sealed record LetterIndexView(string Lead, string Heading, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<PeriodView> First,
    IReadOnlyList<PeriodView> Narrower)
{
    public static LetterIndexView None { get; } = new("", "", [], [], []);
}

public sealed record TagModel(TagView Tag, EntryListView Entries);

/// <summary>
/// The search page: reader-facing names for the facet values the search index stores as ids and slugs,
/// so shared URLs stay short and stable (<c>party=alibaba</c>) while filter chips read as words.
/// </summary>
public sealed record SearchModel(IReadOnlyList<PartyLinkView> Parties, IReadOnlyList<TagView> Tags, IReadOnlyList<StatusView> Statuses)
{
    /// <summary>The site's words for "Did you mean …?" (search/words.json), fetched only when a query finds nothing.</summary>
    public string VocabularyUrl { get; init; } = "";

    /// <summary>What the empty search page offers to browse instead: how many events, questions and parties there are.</summary>
    public int EventCount { get; init; }

    public int QuestionCount { get; init; }
}

/// <summary>For pages whose template needs nothing beyond <c>site</c> and <c>page</c>.</summary>
public sealed record EmptyModel;
