using Explainer.Model;

namespace Explainer.Tests.Unit;

/// <summary>Issue 9: EDTF dates (level 0 and the level-1 features an explainer needs), their words and their one ordering rule.</summary>
public class EdtfDateTests
{
    [Theory]
    [InlineData("2026-07-10", "2026-07-10", "10 July 2026", "2026-07-10")]
    [InlineData("2026-03", "2026-03", "March 2026", "2026-03")]
    [InlineData("2026", "2026", "2026", "2026")]
    [InlineData("2024-02-29", "2024-02-29", "29 February 2024", "2024-02-29")]
    [InlineData(" 2026-12-31 ", "2026-12-31", "31 December 2026", "2026-12-31")]
    [InlineData("2026-03?", "2026-03?", "March 2026 (uncertain)", "")]
    [InlineData("2026-03~", "2026-03~", "About March 2026", "")]
    [InlineData("2026-03%", "2026-03%", "About March 2026 (uncertain)", "")]
    [InlineData("2026~", "2026~", "About 2026", "")]
    [InlineData("2026-07-04?", "2026-07-04?", "4 July 2026 (uncertain)", "")]
    [InlineData("2025-09/2026-03", "2025-09/2026-03", "September 2025 – March 2026", "")]
    [InlineData("2025-09~/2026-03", "2025-09~/2026-03", "About September 2025 – March 2026", "")]
    [InlineData("2026-01/2026-03?", "2026-01/2026-03?", "January 2026 – March 2026 (uncertain)", "")]
    [InlineData("../2026-07-04", "../2026-07-04", "By 4 July 2026", "")]
    [InlineData("../2026-07~", "../2026-07~", "By about July 2026", "")]
    [InlineData("2026-07-10/..", "2026-07-10/..", "From 10 July 2026", "")]
    [InlineData("/2026-07-04", "/2026-07-04", "Start unknown – 4 July 2026", "")]
    [InlineData("2026-07-10/", "2026-07-10/", "10 July 2026 – end unknown", "")]
    [InlineData("2026-07-04/2026-07-04", "2026-07-04/2026-07-04", "4 July 2026 – 4 July 2026", "")]
    public void Valid_dates_parse_to_their_EDTF_words_and_HTML_forms(string text, string edtf, string words, string htmlDatetime)
    {
        var (date, problem) = EdtfDate.Parse(text);

        Assert.Null(problem);
        Assert.Equal(edtf, date!.Edtf);
        Assert.Equal(words, date.Text);
        Assert.Equal(htmlDatetime, date.HtmlDatetime);
    }

    /// <summary>Each invalid form is refused with a reason and the index of the character where the problem starts (the error's column).</summary>
    [Theory]
    [InlineData("2026-02-30", "February 2026 has 28 days", 8)]
    [InlineData("2025-02-29", "February 2025 has 28 days", 8)]
    [InlineData("2026-04-31", "April 2026 has 30 days", 8)]
    [InlineData("2026-13", "no month 13", 5)]
    [InlineData("2026-00-10", "no month 0", 5)]
    [InlineData("2026-07-00", "July 2026 has 31 days", 8)]
    [InlineData("2026-21", "season", 5)]
    [InlineData("10/07/2026", "year-month-day: 2026-07-10 or 2026-10-07, depending on which number is the month", 0)]
    [InlineData("31/12/2026", "year-month-day: 2026-12-31", 0)]
    [InlineData("2026/07/10", "exactly one '/'", 7)]
    [InlineData("2026-7-1", "YYYY-MM-DD", 0)]
    [InlineData("July 2026", "YYYY-MM-DD", 0)]
    [InlineData("0999", "implausible year", 0)]
    [InlineData("", "empty", 0)]
    [InlineData("2026-07-10T12:00", "has a time", 10)]
    [InlineData("2026-XX", "unspecified digits", 5)]
    [InlineData("?2026", "qualifier in front", 0)]
    [InlineData("2026??", "YYYY-MM-DD", 0)]
    [InlineData("../..", "at least one side", 2)]
    [InlineData("/", "at least one side", 0)]
    [InlineData("2026-07-10/2026-07-04", "ends (4 July 2026) before it starts", 11)]
    [InlineData("2026/2026-02-30", "February 2026 has 28 days", 13)]
    [InlineData("...2026", "'..' (open) stands alone", 0)]
    [InlineData("  2026-13", "no month 13", 7)]
    [InlineData("Y2026", "year form", 0)]
    public void Impossible_or_malformed_dates_are_refused_with_a_located_reason(string text, string reason, int index)
    {
        var (date, problem) = EdtfDate.Parse(text);

        Assert.Null(date);
        Assert.Contains(reason, problem!.Message);
        Assert.Equal(index, problem.Index);
    }

    [Fact]
    public void The_timeline_orders_by_the_latest_possible_day_then_the_earliest()
    {
        var dates = new[]
            {
                "2026-07-10", "2026", "2026-07", "2025-12-31", "2026-07-04", "../2026-07-04", "2026-03?", "2025-09/2026-03", "2026-07-10/..",
            }
            .Select(t => EdtfDate.Parse(t).Date!)
            .OrderBy(d => d.Position)
            .Select(d => d.Edtf);

        Assert.Equal(["2025-12-31", "2025-09/2026-03", "2026-03?", "../2026-07-04", "2026-07-04", "2026-07-10", "2026-07-10/..", "2026-07", "2026"], dates); // equal positions keep their order (the site then orders by slug)
    }

    [Theory]
    [InlineData("../2026-07-04", 2026)]
    [InlineData("2025-09/2026-03", 2026)]
    [InlineData("2025-12/..", 2025)]
    [InlineData("2025~", 2025)]
    public void The_year_an_entry_is_listed_under_is_the_year_of_its_timeline_position(string text, int year) =>
        Assert.Equal(year, EdtfDate.Parse(text).Date!.Position.Year);

    [Fact]
    public void Qualifiers_do_not_move_a_date_on_the_timeline()
    {
        var plain = EdtfDate.Parse("2026-03").Date!.Position;
        Assert.Equal(plain, EdtfDate.Parse("2026-03?").Date!.Position);
        Assert.Equal(plain, EdtfDate.Parse("2026-03%").Date!.Position);
    }

    [Theory]
    [InlineData("2026-07-10", true)]
    [InlineData("2026-07", false)]
    [InlineData("2026-07-10?", false)]
    [InlineData("../2026-07-10", false)]
    public void Only_a_single_unqualified_day_can_become_a_feed_timestamp(string text, bool exact) =>
        Assert.Equal(exact, EdtfDate.Parse(text).Date!.ExactDay is not null);
}
