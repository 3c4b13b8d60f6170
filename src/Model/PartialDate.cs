using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Model;

/// <summary>A date known to the day, the month or only the year (YYYY-MM-DD, YYYY-MM, YYYY); sorts chronologically, coarser dates first.</summary>
public readonly partial record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Parses a date, or returns a sentence saying what is wrong with it.</summary>
    public static (PartialDate? Date, string? Problem) Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
            return (null, $"'{text}' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY");

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1000) return (null, $"'{text}' has an implausible year");
        if (!match.Groups["m"].Success) return (new PartialDate(year), null);

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return (null, $"'{text}' has no month {month} (months are 01–12)");
        if (!match.Groups["d"].Success) return (new PartialDate(year, month), null);

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
            return (null, $"'{text}' does not exist: {MonthNames[month - 1]} {year} has {days} days");
        return (new PartialDate(year, month, day), null);
    }

    /// <summary>The machine form, for <c>&lt;time datetime&gt;</c> and sorting: 2026-07-10, 2026-07 or 2026.</summary>
    public string Iso => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };

    /// <summary>The reader's form: 10 July 2026, July 2026 or 2026.</summary>
    public string Text => (Month, Day) switch
    {
        (null, _) => Year.ToString(CultureInfo.InvariantCulture),
        (_, null) => $"{MonthNames[Month.Value - 1]} {Year}",
        _ => $"{Day} {MonthNames[Month!.Value - 1]} {Year}",
    };

    /// <summary>The first instant the date can mean, for feeds and sitemaps that need a full timestamp.</summary>
    public DateTimeOffset Start => new(Year, Month ?? 1, Day ?? 1, 0, 0, 0, TimeSpan.Zero);

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Iso;

    // [0-9], not \d: \d also matches full-width and other scripts' digits, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2}))?)?$")]
    private static partial Regex Shape();
}
