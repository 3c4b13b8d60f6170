using System.Text;
using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Plans the pages of one long list of entries (the timeline, a tag's, a party's, the FAQ's): the top of its index page and
/// a page per year at <c>list/2026/</c>, split into <c>list/2026/03/</c> month pages when a year is too long for one page,
/// and a month into <c>list/2026/03/15/</c> day pages. What a period lists itself and cannot split by date (hundreds of events
/// on one day, or dated only to a year) is listed by the first letters of the headlines, at <c>list/2026/starting-with/h/</c>.
/// URLs come from the entries' own dates and headlines, so they stay put however many entries are added.
/// </summary>
internal sealed class EntryListPages
{
    private readonly string _path;
    private readonly string _name;
    private readonly string _section;
    private readonly IReadOnlyList<LinkView> _breadcrumbs;
    private readonly ViewFactory _views;
    private readonly Sharing.PageSharing _sharing;
    private readonly ListLimits _limits;
    private readonly Func<RenderedEntry, HtmlFragment> _fragment;
    private readonly bool _byQuestions;
    private readonly IReadOnlyList<YearGroup> _years;
    private readonly string _yearCounts;

    /// <param name="path">The list's index page (<c>timeline/</c>, <c>tags/launches/</c>).</param>
    /// <param name="name">What period pages are headed with: "Timeline", "Launches", "Alibaba", "Questions".</param>
    /// <param name="section">The page section the period pages belong to (highlights the main navigation).</param>
    /// <param name="breadcrumbs">The trail to the list's index page, which period pages extend.</param>
    /// <param name="questions">True for the FAQ: entries are listed by their questions, not their list items.</param>
    public EntryListPages(string path, string name, string section, IReadOnlyList<LinkView> breadcrumbs, IReadOnlyList<RenderedEntry> entries,
        ViewFactory views, Sharing.PageSharing sharing, ListLimits limits, bool questions = false)
    {
        _path = path;
        _name = name;
        _section = section;
        _breadcrumbs = breadcrumbs;
        _views = views;
        _sharing = sharing;
        _limits = limits;
        _fragment = questions ? views.Questions : views.Item;
        Entries = entries;
        _byQuestions = questions;
        _years = EntryGroups.ByYear(entries, limits.PerPage, questions);
        _yearCounts = Counts(_years.Select(y => (y.Year, y.Entries.Count, y.Months is not null)));
        Latest = EntryGroups.Latest(entries, limits.Latest);
    }

    public IReadOnlyList<RenderedEntry> Entries { get; }

    /// <summary>The newest entries, newest first, as the index page shows them.</summary>
    public IReadOnlyList<RenderedEntry> Latest { get; }

    /// <summary>What the index's list shows: its newest entries, and its years with their counts.</summary>
    public PageInputs IndexInputs(string otherValues = "") => new(Latest, _yearCounts + "|" + otherValues);

    /// <summary>The index page's view of the list.</summary>
    public EntryListView Index() => _views.List(_path, _years, Latest, Entries.Count, _fragment);

    /// <summary>A page per year, and per month of a split year.</summary>
    public IEnumerable<PlannedPage> PeriodPages()
    {
        foreach (var year in _years)
        {
            var yearPath = SitePaths.Year(_path, year.Year);
            var yearLabel = year.Year.ToString("D4");
            if (year.Months is null)
            {
                foreach (var page in Period(yearPath, yearLabel, year.Entries, _breadcrumbs, year, null, null, new PageInputs(year.Entries, _yearCounts)))
                    yield return page;
                continue;
            }
            var monthCounts = Counts(year.Months.Select(m => (m.Month, m.Entries.Count, false)));
            foreach (var page in Period(yearPath, yearLabel, year.YearOnly, _breadcrumbs, year, null, null,
                new PageInputs(year.YearOnly, _yearCounts + "|" + monthCounts)))
                yield return page;
            var trail = _breadcrumbs.Append(_views.LinkTo(yearLabel, yearPath)).ToList();
            foreach (var month in year.Months)
            {
                var monthPath = SitePaths.Month(_path, year.Year, month.Month);
                var monthLabel = $"{ViewFactory.MonthName(month.Month)} {yearLabel}";
                if (month.Days is null)
                {
                    foreach (var page in Period(monthPath, monthLabel, month.Entries, trail, year, month, null, new PageInputs(month.Entries, _yearCounts + "|" + monthCounts)))
                        yield return page;
                    continue;
                }
                var dayCounts = Counts(month.Days.Select(d => (d.Day, d.Entries.Count, false)));
                foreach (var page in Period(monthPath, monthLabel, month.MonthOnly, trail, year, month, null,
                    new PageInputs(month.MonthOnly, _yearCounts + "|" + monthCounts + "|" + dayCounts)))
                    yield return page;
                var monthTrail = trail.Append(_views.LinkTo(monthLabel, monthPath)).ToList();
                foreach (var day in month.Days)
                {
                    foreach (var page in Period(SitePaths.Day(_path, year.Year, month.Month, day.Day), $"{day.Day} {monthLabel}", day.Entries, monthTrail,
                        year, month, day, new PageInputs(day.Entries, _yearCounts + "|" + monthCounts + "|" + dayCounts)))
                        yield return page;
                }
            }
        }
    }

    /// <summary>A year's, month's or day's page and, when the entries it lists itself are too many for one page (hundreds dated
    /// only to one year, or on one day), a page for each first letter of their headlines.</summary>
    private IEnumerable<PlannedPage> Period(string sitePath, string label, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<LinkView> trail,
        YearGroup year, MonthGroup? month, DayGroup? day, PageInputs inputs)
    {
        var heading = $"{_name}: {label}";
        var count = day?.Entries.Count ?? month?.Entries.Count ?? year.Entries.Count;
        var events = CountText.Of(count, "event", "events");
        // A split year's or month's own page lists only the entries dated to no finer part of it.
        var yearOnly = month is null && year.Months is not null;
        var monthOnly = day is null && month?.Days is not null;
        var letters = EntryGroups.Fit(entries, _limits.PerPage, _byQuestions) ? null : LetterGroups.Split(entries, FirstLetters, _limits.PerPage);
        var own = yearOnly ? "the year" : monthOnly ? "the month" : "";
        var lead = (_section == "faq" ? $"Questions about {events} {(day is null ? "of" : "on")} {label}, oldest first." : $"{events} {(day is null ? "in" : "on")} {label}, oldest first.")
            + (yearOnly ? " The year is long, so it is listed by month." : "")
            + (monthOnly ? " The month is long, so it is listed by day." : "")
            + (letters is null ? "" : $" The {CountText.Of(entries.Count, "event", "events")}{(own.Length > 0 ? $" dated only to {own}" : "")} are too many for one page, so they are listed by the first letters of their headlines.");
        lead = char.ToUpperInvariant(lead[0]) + lead[1..];
        var letterCounts = letters is null ? "" : "|" + LetterPages.Counts(letters);
        yield return new PlannedPage(sitePath, "pages/period",
            () => _sharing.Listing(_views.Page(heading, lead, sitePath, _section), trail, sitePath),
            () => new PeriodModel(heading, lead, trail,
                _years.Select(y => _views.Year(_path, y, year.Year)).ToList(),
                year.Months?.Select(m => _views.Month(_path, m, month?.Month)).ToList() ?? [],
                letters is null ? entries.Select(_fragment).ToList() : [],
                _section == "faq" ? "faq" : "events",
                YearOnly: yearOnly)
            {
                Days = month?.Days?.Select(d => _views.Day(_path, d, day?.Day)).ToList() ?? [],
                MonthOnly = monthOnly,
                Letters = letters is null ? [] : LetterPages.Rail(_views, sitePath, letters, null, LetterGroups.TitleLabel),
            },
            inputs with { Values = inputs.Values + letterCounts });
        if (letters is null) yield break;

        IReadOnlyList<LinkView> below = [.. trail, _views.LinkTo(label, sitePath)];
        var scope = own.Length > 0 ? $"dated only to {label}" : $"{(day is null ? "in" : "on")} {label}";
        foreach (var first in letters)
        foreach (var (group, above) in LetterPages.WithTrail(first, below, _views, sitePath, p => $"“{LetterGroups.TitleLabel(p)}”"))
            yield return Letter(sitePath, label, scope, group, letters, above, year, inputs.Values + letterCounts);
    }

    /// <summary>The page of one first letter (or longer prefix) of a period's own entries.</summary>
    /// <param name="scope">Which of the period's entries the letters hold: "dated only to 2019", "on 15 March 2026".</param>
    private PlannedPage Letter(string periodPath, string periodLabel, string scope, LetterGroup<RenderedEntry> group,
        IReadOnlyList<LetterGroup<RenderedEntry>> firstLetters, IReadOnlyList<LinkView> trail, YearGroup year, string values)
    {
        var path = SitePaths.StartingWith(periodPath, group.Prefix);
        var prefix = LetterGroups.TitleLabel(group.Prefix);
        var heading = $"{_name}: {periodLabel}, “{prefix}”";
        var events = CountText.Of(group.Count, "event", "events");
        var lead = $"{(_section == "faq" ? "Questions about " : "")}{events} {scope} whose headlines start with “{prefix}”"
            + (group.Groups.Count == 0 ? ", oldest first." : ": too many for one page, so they are listed by the letters that follow.");
        lead = char.ToUpperInvariant(lead[0]) + lead[1..];
        return new PlannedPage(path, "pages/period",
            () => _sharing.Listing(_views.Page(heading, lead, path, _section), trail, path),
            () => new PeriodModel(heading, lead, trail,
                _years.Select(y => _views.Year(_path, y, year.Year)).ToList(), [],
                group.Items.Select(_fragment).ToList(),
                _section == "faq" ? "faq" : "events",
                YearOnly: false)
            {
                Letters = LetterPages.Rail(_views, periodPath, firstLetters, group.Prefix, LetterGroups.TitleLabel),
                Prefixes = LetterPages.Rail(_views, periodPath, group.Groups, null, LetterGroups.TitleLabel),
            },
            new PageInputs(group.Items, values));
    }

    /// <summary>An entry files under its headline as readers see it, or under its slug when the headline has no letter a-z.</summary>
    private static string FirstLetters(RenderedEntry entry) => LetterGroups.TitleKey(entry.Entry.Event, entry.Entry.Slug);

    private static string Counts(IEnumerable<(int Key, int Count, bool Split)> groups)
    {
        var text = new StringBuilder();
        foreach (var (key, count, split) in groups) text.Append(key).Append(':').Append(count).Append(split ? "s," : ",");
        return text.ToString();
    }
}
