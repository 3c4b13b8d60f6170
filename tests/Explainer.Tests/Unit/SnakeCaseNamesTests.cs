using Explainer.Rendering;
using Fluid;

namespace Explainer.Tests.Unit;

/// <summary>The theme's names match the view models' members exactly as Fluid's own snake-case comparer matches them.</summary>
public class SnakeCaseNamesTests
{
    private static readonly string[] Names =
    [
        "PublishedDate", "published_date", "publishedDate", "Url", "url", "URL", "JsonLd", "json_ld", "FaqUrl", "faq_url",
        "HTMLBody", "html_body", "Item2", "item2", "item_2", "Site", "site", "IsoCode", "iso_code", "", "a", "A",
    ];

    [Fact]
    public void Two_names_match_exactly_when_Fluids_comparer_says_they_do()
    {
        var fluid = StringComparers.SnakeCase;
        var ours = SnakeCaseNames.Instance;
        var disagreements = (from x in Names
                             from y in Names
                             where fluid.Equals(x, y) != ours.Equals(x, y)
                                || Math.Sign(fluid.Compare(x, y)) != Math.Sign(ours.Compare(x, y))
                                || ours.Equals(x, y) && ours.GetHashCode(x) != ours.GetHashCode(y)
                             select $"{x} ~ {y}").ToList();
        Assert.Empty(disagreements);
        Assert.True(ours.Equals("published_date", "PublishedDate"));
    }
}
