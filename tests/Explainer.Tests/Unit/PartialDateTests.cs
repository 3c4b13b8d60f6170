using Explainer.Model;

namespace Explainer.Tests.Unit;

public class PartialDateTests
{
    [Theory]
    [InlineData("2026-07-10", "2026-07-10", "10 July 2026")]
    [InlineData("2026-03", "2026-03", "March 2026")]
    [InlineData("2026", "2026", "2026")]
    [InlineData("2024-02-29", "2024-02-29", "29 February 2024")]
    [InlineData(" 2026-12-31 ", "2026-12-31", "31 December 2026")]
    public void Valid_dates_parse_to_their_machine_and_reader_forms(string text, string iso, string reader)
    {
        var (date, problem) = PartialDate.Parse(text);

        Assert.Null(problem);
        Assert.Equal(iso, date!.Value.Iso);
        Assert.Equal(reader, date.Value.Text);
    }

    [Theory]
    [InlineData("2026-02-30", "February 2026 has 28 days")]
    [InlineData("2025-02-29", "February 2025 has 28 days")]
    [InlineData("2026-04-31", "April 2026 has 30 days")]
    [InlineData("2026-13", "no month 13")]
    [InlineData("2026-00-10", "no month 0")]
    [InlineData("2026-07-00", "July 2026 has 31 days")]
    [InlineData("10/07/2026", "YYYY-MM-DD")]
    [InlineData("2026-7-1", "YYYY-MM-DD")]
    [InlineData("July 2026", "YYYY-MM-DD")]
    [InlineData("0999", "implausible year")]
    [InlineData("", "YYYY-MM-DD")]
    public void Impossible_or_malformed_dates_are_refused_with_a_reason(string text, string reason)
    {
        var (date, problem) = PartialDate.Parse(text);

        Assert.Null(date);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Coarser_dates_sort_before_finer_dates_in_the_same_period()
    {
        var dates = new[] { "2026-07-10", "2026", "2026-07", "2025-12-31", "2026-07-04" }
            .Select(t => PartialDate.Parse(t).Date!.Value)
            .Order()
            .Select(d => d.Iso);

        Assert.Equal(["2025-12-31", "2026", "2026-07", "2026-07-04", "2026-07-10"], dates);
    }
}
