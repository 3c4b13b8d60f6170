using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Plans the corrections log. While it is short it is one page, <c>corrections/</c>, as it always was. Past
/// <see cref="ListLimits.PerPage"/> corrections (a long-lived site's log grows with it, and one page of them all would pass
/// 300 KB) that page shows the latest few and the years, each year's corrections are on <c>corrections/2026/</c>, and a year
/// too long for one page is split into <c>corrections/2026/03/</c> months, a month into <c>corrections/2026/03/15/</c> days, and a
/// day (a sweeping fix) by the first letters of the corrected pages' titles. A correction is made on a day, so its page never
/// moves once it is made.
/// </summary>
internal static class CorrectionsPages
{
    private const string Every = "Every correction made to a page of this site after it was published";

    public static IEnumerable<PlannedPage> Plan(Site site, ViewFactory views, Sharing.PageSharing sharing, ListLimits limits, LinkView home)
    {
        var all = site.Corrections;
        var feedTitle = Output.TopicFeeds.Title("Corrections", site);
        var description = PageDescriptions.Corrections(all.Count);
        if (all.Count <= limits.PerPage)
        {
            yield return Index(views, all, description, $"{Every}, newest first.", [], false, "", feedTitle);
            yield break;
        }

        // The log is newest first, so each year's and month's corrections come out newest first too.
        var years = all.GroupBy(c => c.Day.Year).OrderBy(g => g.Key).Select(g => (Year: g.Key, Corrections: g.ToList())).ToList();
        var yearCounts = string.Join(",", years.Select(y => $"{y.Year}:{y.Corrections.Count}"));
        List<PeriodView> YearRail(int? current) =>
            years.Select(y => views.Year(SitePaths.Corrections, y.Year, y.Corrections.Count, y.Year == current)).ToList();

        var latest = all.Take(limits.Latest).ToList();
        yield return Index(views, latest, description,
            $"{Every}: the latest {latest.Count} of {CountText.Of(all.Count)} here, and every one on the page of the year it was made, newest first.",
            YearRail(null), true, yearCounts, feedTitle);

        LinkView[] trail = [home, views.LinkTo("Corrections", SitePaths.Corrections)];
        foreach (var (year, corrections) in years)
        {
            var yearPath = SitePaths.Year(SitePaths.Corrections, year);
            var yearLabel = year.ToString("D4");
            var counted = CountText.Of(corrections.Count, "correction", "corrections");
            if (corrections.Count <= limits.PerPage)
            {
                yield return Period(views, sharing, yearPath, yearLabel, trail, corrections, $"{counted} made in {yearLabel}, newest first.",
                    YearRail(year), [], yearCounts);
                continue;
            }
            var months = corrections.GroupBy(c => c.Day.Month).OrderBy(g => g.Key).Select(g => (Month: g.Key, Corrections: g.ToList())).ToList();
            var monthCounts = string.Join(",", months.Select(m => $"{m.Month}:{m.Corrections.Count}"));
            List<PeriodView> MonthRail(int? current) =>
                months.Select(m => views.Month(SitePaths.Corrections, year, m.Month, m.Corrections.Count, m.Month == current)).ToList();
            yield return Period(views, sharing, yearPath, yearLabel, trail, [], $"{counted} made in {yearLabel}. The year is long, so it is listed by month.",
                YearRail(year), MonthRail(null), yearCounts + "|" + monthCounts);
            LinkView[] monthTrail = [.. trail, views.LinkTo(yearLabel, yearPath)];
            foreach (var (month, inMonth) in months)
            {
                var label = $"{ViewFactory.MonthName(month)} {yearLabel}";
                var monthPath = SitePaths.Month(SitePaths.Corrections, year, month);
                var inMonthCounted = CountText.Of(inMonth.Count, "correction", "corrections");
                if (inMonth.Count <= limits.PerPage)
                {
                    yield return Period(views, sharing, monthPath, label, monthTrail, inMonth,
                        $"{inMonthCounted} made in {label}, newest first.", YearRail(year), MonthRail(month), yearCounts + "|" + monthCounts);
                    continue;
                }
                // A month of a sweeping fix (one correction on each of hundreds of pages) is listed by day, and a day too long by page title.
                var days = inMonth.GroupBy(c => c.Day.Day).OrderBy(g => g.Key).Select(g => (Day: g.Key, Corrections: g.ToList())).ToList();
                var counts = yearCounts + "|" + monthCounts + "|" + string.Join(",", days.Select(d => $"{d.Day}:{d.Corrections.Count}"));
                List<PeriodView> DayRail(int? current) =>
                    days.Select(d => views.Day(SitePaths.Corrections, year, month, d.Day, d.Corrections.Count, d.Day == current)).ToList();
                yield return Period(views, sharing, monthPath, label, monthTrail, [], $"{inMonthCounted} made in {label}. The month is long, so it is listed by day.",
                    YearRail(year), MonthRail(month), counts, DayRail(null));
                LinkView[] dayTrail = [.. monthTrail, views.LinkTo(label, monthPath)];
                foreach (var (day, onDay) in days)
                {
                    var dayPath = SitePaths.Day(SitePaths.Corrections, year, month, day);
                    var dayLabel = $"{day} {label}";
                    var onDayCounted = CountText.Of(onDay.Count, "correction", "corrections");
                    if (onDay.Count <= limits.PerPage)
                    {
                        yield return Period(views, sharing, dayPath, dayLabel, dayTrail, onDay, $"{onDayCounted} made on {dayLabel}, newest first.",
                            YearRail(year), MonthRail(month), counts, DayRail(day));
                        continue;
                    }
                    var letters = LetterGroups.Split(onDay, FirstLetters, limits.PerPage);
                    var letterCounts = counts + "|" + LetterPages.Counts(letters);
                    yield return Period(views, sharing, dayPath, dayLabel, dayTrail, [],
                        $"{onDayCounted} made on {dayLabel}: too many for one page, so they are listed by the first letters of the pages’ titles.",
                        YearRail(year), MonthRail(month), letterCounts, DayRail(day), LetterPages.Rail(views, dayPath, letters, null, LetterGroups.TitleLabel));
                    LinkView[] letterTrail = [.. dayTrail, views.LinkTo(dayLabel, dayPath)];
                    foreach (var first in letters)
                    foreach (var (group, above) in LetterPages.WithTrail(first, letterTrail, views, dayPath, p => $"“{LetterGroups.TitleLabel(p)}”"))
                        yield return Letter(views, sharing, dayPath, dayLabel, group, letters, above, YearRail(year), MonthRail(month), DayRail(day), letterCounts);
                }
            }
        }
    }

    /// <summary>The page of one first letter (or longer prefix) of a day's corrections.</summary>
    private static PlannedPage Letter(ViewFactory views, Sharing.PageSharing sharing, string dayPath, string dayLabel,
        LetterGroup<CorrectionOnPage> group, IReadOnlyList<LetterGroup<CorrectionOnPage>> firstLetters, IReadOnlyList<LinkView> trail,
        IReadOnlyList<PeriodView> years, IReadOnlyList<PeriodView> months, IReadOnlyList<PeriodView> days, string counts)
    {
        var prefix = LetterGroups.TitleLabel(group.Prefix);
        var lead = $"{CountText.Of(group.Count, "correction", "corrections")} made on {dayLabel} to pages whose titles start with “{prefix}”"
            + (group.Groups.Count == 0 ? ", newest first." : ": too many for one page, so they are listed by the letters that follow.");
        return Period(views, sharing, SitePaths.StartingWith(dayPath, group.Prefix), $"{dayLabel}, “{prefix}”", trail, group.Items, lead, years, months, counts, days,
            LetterPages.Rail(views, dayPath, firstLetters, group.Prefix, LetterGroups.TitleLabel), LetterPages.Rail(views, dayPath, group.Groups, null, LetterGroups.TitleLabel));
    }

    /// <summary>A correction files under the title of the page it corrects, as readers see it (or the page's address when the title has no letter a-z).</summary>
    private static string FirstLetters(CorrectionOnPage correction) =>
        LetterGroups.TitleKey(correction.PageTitle, correction.SitePath.TrimEnd('/').Split('/')[^1]);

    /// <param name="feedTitle">The corrections feed's title: browsers and feed readers find the feed from the log's first page.</param>
    private static PlannedPage Index(ViewFactory views, IReadOnlyList<CorrectionOnPage> shown, string description, string lead,
        IReadOnlyList<PeriodView> years, bool latestOnly, string counts, string feedTitle) =>
        new(SitePaths.Corrections, "pages/corrections",
            () => views.Page("Corrections", description, SitePaths.Corrections, "corrections") with
                { FeedUrl = views.LinkTo(feedTitle, SitePaths.CorrectionsFeed).Url, FeedTitle = feedTitle },
            () => views.CorrectionsLog(shown, lead, [], years, [], latestOnly),
            Inputs(shown, description + "|" + counts));

    private static PlannedPage Period(ViewFactory views, Sharing.PageSharing sharing, string sitePath, string label, IReadOnlyList<LinkView> trail,
        IReadOnlyList<CorrectionOnPage> shown, string lead, IReadOnlyList<PeriodView> years, IReadOnlyList<PeriodView> months, string counts,
        IReadOnlyList<PeriodView>? days = null, IReadOnlyList<PeriodView>? letters = null, IReadOnlyList<PeriodView>? prefixes = null) =>
        new(sitePath, "pages/corrections",
            () => sharing.Listing(views.Page($"Corrections: {label}", lead, sitePath, "corrections"), trail, sitePath),
            () => views.CorrectionsLog(shown, lead, trail, years, months, false) with { Days = days ?? [], Letters = letters ?? [], Prefixes = prefixes ?? [] },
            Inputs(shown, counts));

    /// <summary>The entries whose corrections the page shows (a party's change renders every page again in preview), and its counts.</summary>
    private static PageInputs Inputs(IReadOnlyList<CorrectionOnPage> shown, string values) =>
        new(shown.Select(c => c.Entry).OfType<RenderedEntry>().Distinct<RenderedEntry>(ReferenceEqualityComparer.Instance).ToList(), values);
}
