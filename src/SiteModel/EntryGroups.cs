namespace Explainer.SiteModel;

/// <summary>A year of a list: its entries in list order and, when there are too many for one page, the same entries by month.</summary>
/// <param name="Months">Null when the year fits on one page.</param>
/// <param name="YearOnly">In a split year, the entries dated only to the year (they belong to no month page).</param>
public sealed record YearGroup(int Year, IReadOnlyList<RenderedEntry> Entries, IReadOnlyList<MonthGroup>? Months, IReadOnlyList<RenderedEntry> YearOnly);

/// <summary>A month of a split year, with its entries in list order and, when there are too many for one page, the same entries by day.</summary>
/// <param name="Days">Null when the month fits on one page.</param>
/// <param name="MonthOnly">In a split month, the entries dated only to the month (they belong to no day page).</param>
public sealed record MonthGroup(int Year, int Month, IReadOnlyList<RenderedEntry> Entries, IReadOnlyList<DayGroup>? Days, IReadOnlyList<RenderedEntry> MonthOnly);

/// <summary>A day of a split month, with its entries in list order.</summary>
public sealed record DayGroup(int Year, int Month, int Day, IReadOnlyList<RenderedEntry> Entries);

/// <summary>Groups a list of entries by the stable keys of <see cref="ListKeys"/>, so a group's URL never depends on how many entries came before it.</summary>
public static class EntryGroups
{
    /// <summary>How many questions an FAQ list's page may hold for each event it may hold: an event there is its line and a
    /// link per question, so 200 events of 4 questions made a 233 KB page, of 6 a 296 KB one (questions of ~55 characters).</summary>
    public const int QuestionsPerEvent = 4;

    /// <param name="entries">In timeline order.</param>
    /// <param name="perPage">A year with more entries than this is split by month.</param>
    /// <param name="byQuestions">True for the FAQ's lists: a year with more than <see cref="QuestionsPerEvent"/> × <paramref name="perPage"/> questions is split too.</param>
    public static IReadOnlyList<YearGroup> ByYear(IReadOnlyList<RenderedEntry> entries, int perPage, bool byQuestions = false)
    {
        // A list of the site model is never changed once made, and preview's model keeps every list an edit did not touch
        // (SiteModelUpdate), so most lists of a save were grouped by the save before.
        var limit = new PageLimit(perPage, byQuestions);
        if (Grouped.TryGetValue(entries, out var known) && known.Limit == limit) return known.Years;
        var years = Group(entries, limit);
        Grouped.AddOrUpdate(entries, new GroupedList(limit, years));
        return years;
    }

    /// <summary>Whether <paramref name="entries"/> fit on one page of a list (<see cref="ByYear"/>'s parameters).</summary>
    public static bool Fit(IReadOnlyList<RenderedEntry> entries, int perPage, bool byQuestions) => new PageLimit(perPage, byQuestions).Fits(entries);

    private readonly record struct PageLimit(int PerPage, bool ByQuestions)
    {
        public bool Fits(IReadOnlyList<RenderedEntry> entries)
        {
            if (entries.Count > PerPage) return false;
            if (!ByQuestions) return true;
            var questions = 0;
            foreach (var entry in entries) questions += entry.Faq.Count;
            return questions <= QuestionsPerEvent * PerPage;
        }
    }

    private sealed record GroupedList(PageLimit Limit, IReadOnlyList<YearGroup> Years);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<RenderedEntry>, GroupedList> Grouped = new();

    private static IReadOnlyList<YearGroup> Group(IReadOnlyList<RenderedEntry> entries, PageLimit limit)
    {
        var years = new SortedDictionary<int, List<RenderedEntry>>();
        foreach (var entry in entries)
        {
            var year = ListKeys.Year(entry);
            if (!years.TryGetValue(year, out var list)) years[year] = list = [];
            list.Add(entry);
        }
        return years.Select(y => limit.Fits(y.Value)
                ? new YearGroup(y.Key, y.Value, null, [])
                : new YearGroup(y.Key, y.Value, ByMonth(y.Key, y.Value, limit), y.Value.Where(e => ListKeys.Month(e) is null).ToList()))
            .ToList();
    }

    // A month too long for one page (a 30,000-entry site has ~210 events a month; a busy month more) is split by day the same way.
    private static IReadOnlyList<MonthGroup> ByMonth(int year, IReadOnlyList<RenderedEntry> entries, PageLimit limit) =>
        entries.Where(e => ListKeys.Month(e) is not null)
            .GroupBy(e => ListKeys.Month(e)!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.ToList() is var list && limit.Fits(list)
                ? new MonthGroup(year, g.Key, list, null, [])
                : new MonthGroup(year, g.Key, list, ByDay(year, g.Key, list), list.Where(e => ListKeys.Day(e) is null).ToList()))
            .ToList();

    private static IReadOnlyList<DayGroup> ByDay(int year, int month, IReadOnlyList<RenderedEntry> entries) =>
        entries.Where(e => ListKeys.Day(e) is not null)
            .GroupBy(e => ListKeys.Day(e)!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new DayGroup(year, month, g.Key, g.ToList()))
            .ToList();

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public static IReadOnlyList<RenderedEntry> Latest(IReadOnlyList<RenderedEntry> entries, int count)
    {
        var latest = new List<RenderedEntry>(Math.Min(count, entries.Count));
        for (var i = entries.Count - 1; i >= 0 && latest.Count < count; i--) latest.Add(entries[i]);
        return latest;
    }
}
