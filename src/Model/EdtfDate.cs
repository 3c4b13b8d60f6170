namespace Explainer.Model;

/// <summary>How one end of an interval is given: a date, open (<c>..</c>: no limit) or unknown (empty).</summary>
public enum IntervalEnd
{
    Stated,
    Open,
    Unknown,
}

/// <summary>
/// A date as the Library of Congress Extended Date/Time Format writes it (level 0 and the level-1 features an explainer needs):
/// a day, month or year (<c>2026-07-10</c>, <c>2026-07</c>, <c>2026</c>), qualified as uncertain <c>?</c>, approximate <c>~</c>
/// or both <c>%</c>, or an interval (<c>2025-09/2026-03</c>) whose ends may be open (<c>../2026-07-04</c>: on or before)
/// or unknown (<c>/2026-07-04</c>). It says in words exactly what is known and never a finer date.
/// </summary>
public sealed record EdtfDate(PartialDate? Start, IntervalEnd StartEnd, PartialDate? End, IntervalEnd EndEnd, bool IsInterval)
{
    /// <summary>A single date (not an interval).</summary>
    public static EdtfDate On(PartialDate date) => new(date, IntervalEnd.Stated, date, IntervalEnd.Stated, false);

    /// <summary>Parses EDTF text, or says what is wrong and at which character of the text (0-based) the problem starts.</summary>
    public static (EdtfDate? Date, EdtfProblem? Problem) Parse(string text)
    {
        var leading = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return (null, new EdtfProblem("the date is empty", 0));

        var slash = trimmed.IndexOf('/');
        if (slash < 0)
        {
            var (single, problem) = ParseDate(trimmed, leading);
            return single is null ? (null, problem) : (On(single.Value), null);
        }
        // 04/07/2026 is a day written the way people write it, not an interval: say how to write it (and that it is ambiguous).
        if (System.Text.RegularExpressions.Regex.Match(trimmed, @"^(\d{1,2})/(\d{1,2})/(\d{4})$") is { Success: true } written)
        {
            var (a, b, year) = (int.Parse(written.Groups[1].Value), int.Parse(written.Groups[2].Value), written.Groups[3].Value);
            var readings = new[] { (Month: b, Day: a), (Month: a, Day: b) }.Where(r => r.Month is >= 1 and <= 12 && r.Day is >= 1 and <= 31)
                .Select(r => $"{year}-{r.Month:D2}-{r.Day:D2}").Distinct().ToList();
            return (null, new EdtfProblem(readings.Count == 0
                ? "dates are written year-month-day, e.g. 2026-07-04"
                : $"dates are written year-month-day: {string.Join(" or ", readings)}{(readings.Count > 1 ? ", depending on which number is the month" : "")}", leading));
        }
        if (trimmed.IndexOf('/', slash + 1) is var second and >= 0)
            return (null, new EdtfProblem("an interval has exactly one '/' between its start and its end", leading + second));

        var (start, startEnd, startProblem) = ParseEnd(trimmed[..slash], leading);
        if (startProblem is not null) return (null, startProblem);
        var (end, endEnd, endProblem) = ParseEnd(trimmed[(slash + 1)..], leading + slash + 1);
        if (endProblem is not null) return (null, endProblem);

        if (start is null && end is null)
            return (null, new EdtfProblem("an interval needs a date on at least one side of '/'", leading + slash));
        if (start is { } s && end is { } e && s.FirstDay > e.LastDay)
            return (null, new EdtfProblem($"the interval ends ({e.Words}) before it starts ({s.Words})", leading + slash + 1));
        return (new EdtfDate(start, startEnd, end, endEnd, true), null);
    }

    /// <summary>The canonical EDTF text: what a round trip through <see cref="Parse"/> gives back.</summary>
    public string Edtf => !IsInterval ? Start!.Value.Edtf : $"{EndText(Start, StartEnd)}/{EndText(End, EndEnd)}";

    /// <summary>
    /// The date in words: "4 July 2026", "About March 2026", "March 2026 (uncertain)", "September 2025 – March 2026",
    /// "By 4 July 2026" (open start), "From 10 July 2026" (open end), "Start unknown – 4 July 2026", "10 July 2026 – end unknown".
    /// </summary>
    public string Text => (Start, StartEnd, End, EndEnd) switch
    {
        _ when !IsInterval => Start!.Value.Text,
        ({ } s, _, { } e, _) => $"{s.Phrase(true)} – {e.Phrase(false)}",
        (null, IntervalEnd.Open, { } e, _) => "By " + e.Phrase(false),
        (null, _, { } e, _) => $"Start unknown – {e.Phrase(false)}",
        ({ } s, _, null, IntervalEnd.Open) => "From " + s.Phrase(false),
        ({ } s, _, _, _) => $"{s.Phrase(true)} – end unknown",
        _ => Edtf,
    };

    /// <summary>
    /// The value for HTML's <c>&lt;time datetime&gt;</c>: the plain date for a single unqualified date, otherwise empty
    /// (HTML has no form for "by", "about" or an interval, and dropping the qualifier would claim more than the entry does).
    /// </summary>
    public string HtmlDatetime => !IsInterval && Start!.Value.Qualifier == DateQualifier.None ? Start.Value.Iso : "";

    /// <summary>The day if the date is a single unqualified day (feeds and sitemaps may use it as a timestamp), else null.</summary>
    public DateOnly? ExactDay => !IsInterval && Start!.Value.IsExactDay ? Start.Value.FirstDay : null;

    /// <summary>The earliest day the date can mean, or null when the start is open or unknown.</summary>
    public DateOnly? Earliest => Start?.FirstDay;

    /// <summary>The latest day the date can mean, or null when the end is open or unknown.</summary>
    public DateOnly? Latest => End?.LastDay;

    /// <summary>
    /// Where the date sits on the timeline (the one ordering rule, see <see cref="TimelinePosition"/>): the last day of its
    /// latest stated date. "By 4 July 2026" sits at 4 July 2026, "March 2026" at 31 March, "2026" at 31 December 2026,
    /// "September 2025 – March 2026" at 31 March 2026, "From 10 July 2026" at 10 July 2026.
    /// </summary>
    public TimelinePosition Position => new((End ?? Start)!.Value.LastDay, Start?.FirstDay ?? DateOnly.MinValue);

    public override string ToString() => Edtf;

    private static string EndText(PartialDate? date, IntervalEnd end) => end switch
    {
        IntervalEnd.Open => "..",
        IntervalEnd.Unknown => "",
        _ => date!.Value.Edtf,
    };

    private static (PartialDate? Date, IntervalEnd End, EdtfProblem? Problem) ParseEnd(string text, int offset)
    {
        if (text.Length == 0) return (null, IntervalEnd.Unknown, null);
        if (text == "..") return (null, IntervalEnd.Open, null);
        var (date, problem) = ParseDate(text, offset);
        return (date, IntervalEnd.Stated, problem);
    }

    private static (PartialDate? Date, EdtfProblem? Problem) ParseDate(string text, int offset)
    {
        if (DateShape.Read(text) is not { } shape) return (null, Unsupported(text, offset));

        var year = shape.Year;
        if (year < 1000) return (null, new EdtfProblem($"'{text}' has an implausible year", offset));
        var qualifier = shape.Qualifier switch
        {
            '?' => DateQualifier.Uncertain,
            '~' => DateQualifier.Approximate,
            '%' => DateQualifier.UncertainApproximate,
            _ => DateQualifier.None,
        };
        if (shape.Month is not { } month) return (new PartialDate(year, null, null, qualifier), null);

        var monthAt = offset + DateShape.MonthIndex;
        if (month is >= 21 and <= 24)
            return (null, new EdtfProblem($"'{text}' is a season ({month}); seasons are not supported: use a month, or an interval of months", monthAt));
        if (month is < 1 or > 12) return (null, new EdtfProblem($"'{text}' has no month {month} (months are 01–12)", monthAt));
        if (shape.Day is not { } day) return (new PartialDate(year, month, null, qualifier), null);

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
            return (null, new EdtfProblem($"'{text}' does not exist: {PartialDate.MonthNames[month - 1]} {year} has {days} days", offset + DateShape.DayIndex));
        return (new PartialDate(year, month, day, qualifier), null);
    }

    /// <summary>A specific reason for the EDTF forms people try that this site does not take, else the general shape.</summary>
    private static EdtfProblem Unsupported(string text, int offset)
    {
        var at = (string needle) => offset + Math.Max(0, text.IndexOfAny(needle.ToCharArray()));
        if (text.Contains('T') && text.Length > 10)
            return new EdtfProblem($"'{text}' has a time; give the day only, e.g. {text[..Math.Min(10, text.IndexOf('T'))]}", at("T"));
        if (text.Contains('X') || text.Contains('x'))
            return new EdtfProblem($"'{text}' has unspecified digits (X), which are not supported; give only what is known, e.g. the year", at("Xx"));
        if (text.StartsWith('Y') || text.StartsWith('-'))
            return new EdtfProblem($"'{text}' is a year form that is not supported; use four digits, e.g. 2026", offset);
        if (text.Length > 0 && "?~%".Contains(text[0]))
            return new EdtfProblem($"'{text}' has its qualifier in front; it goes after the date, e.g. 2026-03?", offset);
        if (text.Contains(".."))
            return new EdtfProblem($"'{text}': '..' (open) stands alone on one side of '/', e.g. ../2026-07-04", at("."));
        return new EdtfProblem($"'{text}' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY (optionally followed by ? ~ or %)", offset);
    }
}

/// <summary>What is wrong with a date's text, and the 0-based index in that text where the problem starts (for the column of the error).</summary>
public sealed record EdtfProblem(string Message, int Index);

/// <summary>
/// The timeline's one ordering rule, as a sort key: by the latest day a date can mean (the last day of its latest stated
/// date), then by the earliest (an open or unknown start first), then the caller orders by slug. Qualifiers do not move a date.
/// </summary>
public readonly record struct TimelinePosition(DateOnly Latest, DateOnly Earliest) : IComparable<TimelinePosition>
{
    /// <summary>The year the date is listed under on the timeline.</summary>
    public int Year => Latest.Year;

    public int CompareTo(TimelinePosition other) =>
        Latest != other.Latest ? Latest.CompareTo(other.Latest) : Earliest.CompareTo(other.Earliest);
}
