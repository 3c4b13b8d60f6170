namespace Explainer.Rendering.ViewModels;

// The shapes theme/README.md documents; Fluid exposes their properties in snake_case.

/// <summary>Site-wide values every template receives as <c>site</c>.</summary>
public sealed record SiteView(
    string Title, string Description, string Language, string Url, string BasePath, string Repository,
    string HomeUrl, string TimelineUrl, string FaqUrl, string PartiesUrl, string TagsUrl, string SearchUrl,
    string FeedUrl, string StylesheetUrl, string ScriptUrl, string AssetsUrl, string ProposeEntryUrl)
{
    /// <summary>"rtl" when the site's language is written right to left (every page's <c>dir</c>), else "ltr". Worked out once,
    /// not on each of the layout's reads (one per page).</summary>
    public string Direction { get; } = Content.LanguageTag.IsRightToLeft(Language) ? "rtl" : "ltr";

    /// <summary>The log of corrections, /corrections/.</summary>
    public string CorrectionsUrl { get; init; } = "";

    /// <summary>Standalone pages linked from the footer (About, How we source…), in footer order.</summary>
    public IReadOnlyList<PageLinkView> FooterPages { get; init; } = [];

    /// <summary>Counts for every sentence the site says about its own sourcing.</summary>
    public SourcingView Sourcing { get; init; } = new(0, 0, 0, "");

    /// <summary>The home page's opening paragraph (plain text), or empty.</summary>
    public string Intro { get; init; } = "";

    /// <summary>Every status with its meaning in words, for the legend beside lists of events.</summary>
    public IReadOnlyList<StatusView> Statuses { get; init; } = [];

    /// <summary>The section of a standalone page that defines the statuses (how-we-source/#statuses), or empty without one.</summary>
    public string StatusesUrl { get; init; } = "";

    /// <summary>JSON Feed 1.1 of the newest entries, beside the Atom feed (<c>feed_url</c>).</summary>
    public string JsonFeedUrl { get; init; } = "";

    public ShareImageView ShareImage { get; init; } = new("", 0, 0);

    /// <summary>The licence of the content and data (site.yml's <c>license</c>), or null when none is stated.</summary>
    public LicenseView? License { get; init; }

    /// <summary>The Open data page, /data/.</summary>
    public string DataUrl { get; init; } = "";
}

/// <summary>Derived from the data only: "5 events · 1 source · 0 with a link".</summary>
public sealed record SourcingView(int Events, int Sources, int SourcesWithLink, string Text);

public sealed record PageLinkView(string Slug, string Title, string Url);

/// <summary>Per-page values every template receives as <c>page</c>.</summary>
public sealed record PageView(string Title, string Description, string Url, string CanonicalUrl, string Section, string EditUrl)
{
    /// <summary>The correction issue form with this page's address filled in, or empty without a repository.</summary>
    public string ReportUrl { get; init; } = "";

    /// <summary>schema.org JSON-LD blocks (Sharing/StructuredData), each serialized safe to sit inside a script element, as UTF-8.</summary>
    public IReadOnlyList<Utf8Text> StructuredData { get; init; } = [];

    /// <summary>For <c>article:published_time</c>/<c>modified_time</c> (yyyy-mm-dd): entries only, empty when no day is known.</summary>
    public string PublishedTime { get; init; } = "";

    public string ModifiedTime { get; init; } = "";

    /// <summary>The Atom feed of the list this page shows (a party's or a tag's events), or empty.</summary>
    public string FeedUrl { get; init; } = "";

    public string FeedTitle { get; init; } = "";
}

/// <summary>The image the site is shared with: absolute URL (social sites fetch it from elsewhere) and size.</summary>
public sealed record ShareImageView(string Url, int Width, int Height);

/// <summary>
/// A date in every form a template needs: <c>edtf</c> as written, <c>iso</c> for <c>&lt;time datetime&gt;</c> (empty when HTML
/// cannot say it without claiming more: intervals, "by", qualifiers), <c>text</c> in words, <c>year</c> it is listed under,
/// <c>sort</c> (yyyy-mm-dd of its timeline position) and <c>html</c> (a <c>&lt;time&gt;</c> or, without iso, a <c>&lt;span&gt;</c>).
/// </summary>
public sealed record DateView(string Edtf, string Iso, string Text, string Year, string Sort, string Html);

/// <summary>A correction: the day it was made and its text, rendered.</summary>
public sealed record CorrectionView(DateView Date, string TextHtml);

/// <summary>
/// What an entry's or party's evidence is, in words derived from its sources: <c>text</c> ("1 source (single source)"),
/// <c>as_of</c> (the latest source date: "Information as of …"), and the record-keeping dates of the page itself.
/// </summary>
public sealed record EvidenceView(int SourceCount, bool SingleSource, string Text, int SourcesWithLink, DateView? AsOf);

/// <summary>When the page was first published and last updated (from git, else from <c>published:</c>/<c>updated:</c>), and its history link.</summary>
public sealed record RecordView(DateView? Published, DateView? LastUpdated, string HistoryUrl);

/// <summary>An entry's status in words.</summary>
public sealed record StatusView(string Key, string Label, string Description);

public sealed record PartyLinkView(string Id, string Name, string Kind, string Url);

public sealed record TagLinkView(string Slug, string Name, string Url);

/// <summary>What lists, cards and timelines show of an entry; <c>timeline_url</c> is the timeline page of its year.</summary>
public sealed record EntryCardView(
    string Slug, string Url, string Event, string Summary, DateView Date, StatusView Status,
    IReadOnlyList<PartyLinkView> Parties, IReadOnlyList<TagLinkView> Tags, string TimelineUrl);

/// <summary>A question as a link to its answer on its entry's page.</summary>
public sealed record FaqLinkView(string Question, string Url);

/// <summary>An entry's questions, as FAQ list pages show them.</summary>
public sealed record FaqEntryView(EntryCardView Entry, IReadOnlyList<FaqLinkView> Questions);

public sealed record FaqItemView(string Question, Utf8Text AnswerHtml, string Anchor, string Url, EntryCardView Entry)
{
    /// <summary>The answering entry's sources section.</summary>
    public string SourcesUrl => Entry.Url + "#entry-sources";
}

public sealed record SourceView(int Number, string Anchor, string Title, string Publisher, DateView? Published, string Url, string Archived);

public sealed record PartyCardView(
    string Id, string Name, string Kind, string KindLabel, string Summary, string Url,
    string Country, string CountryName, string Website, PartyLinkView? Owner, int EntryCount);
