namespace Explainer.Rendering.ViewModels;

// The shapes theme/README.md documents; Fluid exposes their properties in snake_case.

/// <summary>Site-wide values every template receives as <c>site</c>.</summary>
public sealed record SiteView(
    string Title, string Description, string Language, string Url, string BasePath, string Repository,
    string HomeUrl, string TimelineUrl, string FaqUrl, string PartiesUrl, string TagsUrl, string SearchUrl,
    string FeedUrl, string StylesheetUrl, string ScriptUrl, string AssetsUrl);

/// <summary>Per-page values every template receives as <c>page</c>.</summary>
public sealed record PageView(string Title, string Description, string Url, string CanonicalUrl, string Section, string EditUrl);

/// <summary>A date as both machine (<c>iso</c>) and reader (<c>text</c>) forms.</summary>
public sealed record DateView(string Iso, string Text, string Year);

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

public sealed record FaqItemView(string Question, string AnswerHtml, string Anchor, string Url, EntryCardView Entry);

public sealed record SourceView(int Number, string Anchor, string Title, string Publisher, DateView? Published, string Url, string Archived);

public sealed record PartyCardView(
    string Id, string Name, string Kind, string KindLabel, string Summary, string Url,
    string Country, string CountryName, string Website, PartyLinkView? Owner, int EntryCount);
