namespace Explainer.Rendering.ViewModels;

// What list pages (timeline, tag, party and FAQ lists, and their year and month pages) get.

/// <summary>HTML rendered once per build (an entry's list item, an entry's questions) and included as it is by every page that lists it.</summary>
/// <remarks>A class, not a record: the text is made the first time a template reads <c>html</c>, inside that page's render,
/// so a template error in the fragment is reported against the page like any other. Kept as UTF-8 and copied into each page as it is.</remarks>
public sealed class HtmlFragment(Lazy<Utf8Text> html)
{
    public Utf8Text Html => html.Value;
}

/// <summary>A link with a name, for breadcrumbs.</summary>
public sealed record LinkView(string Name, string Url);

/// <summary>A year or month of a list: its label, page, the id it has on the list's index, and how many entries it holds.</summary>
public sealed record PeriodView(string Label, string Url, string Anchor, int Count, bool Current);

/// <summary>The top of a long list: how many entries it has, the newest few, and its years.</summary>
public sealed record EntryListView(int Count, IReadOnlyList<HtmlFragment> Latest, IReadOnlyList<PeriodView> Years);

/// <summary>
/// A year, month or day page of a list. A year too long for one page lists its months (and the entries dated only to the year:
/// <see cref="YearOnly"/>), and a month too long its days (and the entries dated only to the month: <see cref="MonthOnly"/>);
/// otherwise, and on a day's page, it lists its entries, oldest first. A month's page lists the year's months too, and a
/// day's page the month's days, to move between them.
/// </summary>
public sealed record PeriodModel(
    string Heading, string Lead, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<PeriodView> Years, IReadOnlyList<PeriodView> Months,
    IReadOnlyList<HtmlFragment> Entries, string Kind, bool YearOnly)
{
    public IReadOnlyList<PeriodView> Days { get; init; } = [];

    public bool MonthOnly { get; init; }

    /// <summary>The first letters of the headlines, when the entries the period lists itself are too many for one page; on a letter's page, with it current.</summary>
    public IReadOnlyList<PeriodView> Letters { get; init; } = [];

    /// <summary>On the page of a letter too long for one page: the longer prefixes it is listed by.</summary>
    public IReadOnlyList<PeriodView> Prefixes { get; init; } = [];
}
