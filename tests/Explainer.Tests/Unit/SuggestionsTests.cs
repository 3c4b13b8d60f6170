using Explainer.Content;

namespace Explainer.Tests.Unit;

public class SuggestionsTests
{
    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("partys", "parties")]
    [InlineData("evnet", "event")]
    [InlineData("Date", "date")]
    [InlineData("xyz", null)]
    [InlineData("headline", null)]
    public void The_closest_known_field_is_suggested_only_when_it_is_close(string typo, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(typo, FieldNames.Entry));
}
