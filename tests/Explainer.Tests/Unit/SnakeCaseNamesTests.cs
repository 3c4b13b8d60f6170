using System.Text;
using System.Text.Json;
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
        "item", "e", "forloop", "parentloop", "Published Date", "published  date", " url ", "_url", "url_", "faq__url", "faq-url",
    ];

    [Fact]
    public void Two_names_match_exactly_when_Fluids_comparer_says_they_do()
    {
        var disagreements = Disagreements(Names.SelectMany(x => Names.Select(y => (x, y))));
        Assert.Empty(disagreements);
        Assert.True(SnakeCaseNames.Instance.Equals("published_date", "PublishedDate"));
        Assert.False(SnakeCaseNames.Instance.Equals("published_date", "PublishedDates"));
    }

    /// <summary>
    /// The comparer's shortcut rests on one claim: snake-casing keeps a name's letters and digits, in order, up to case. Random
    /// names (cases, digits, separators, spaces, punctuation, letters outside ASCII) and their variants check it against the
    /// naming policy itself, and the comparer against Fluid's.
    /// </summary>
    [Fact]
    public void Random_names_and_their_variants_match_as_Fluids_comparer_matches_them()
    {
        var random = new Random(20261203);
        const string alphabet = "abcxyzABCXYZ0129_ -.$éÉßİıǅΣσ中";
        var pairs = new List<(string, string)>();
        for (var n = 0; n < 4000; n++)
        {
            var x = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(x);
            Assert.Equal(LettersAndDigits(x), LettersAndDigits(snake));
            pairs.Add((x, snake));
            pairs.Add((x, x.ToUpperInvariant()));
            pairs.Add((x, x.Replace("_", "")));
            pairs.Add((x, Pascal(snake)));
            pairs.Add((x, new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())));
        }
        Assert.Empty(Disagreements(pairs));
        Assert.Contains(pairs, p => p.Item1 != p.Item2 && StringComparers.SnakeCase.Equals(p.Item1, p.Item2));
    }

    private static List<string> Disagreements(IEnumerable<(string X, string Y)> pairs)
    {
        var fluid = StringComparers.SnakeCase;
        var ours = SnakeCaseNames.Instance;
        return (from p in pairs
                where fluid.Equals(p.X, p.Y) != ours.Equals(p.X, p.Y)
                   || Math.Sign(fluid.Compare(p.X, p.Y)) != Math.Sign(ours.Compare(p.X, p.Y))
                   || ours.Equals(p.X, p.Y) && ours.GetHashCode(p.X) != ours.GetHashCode(p.Y)
                select $"'{p.X}' ~ '{p.Y}'").ToList();
    }

    private static string LettersAndDigits(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>published_date → PublishedDate: the member name a snake-case theme name stands for.</summary>
    private static string Pascal(string snake)
    {
        var text = new StringBuilder();
        foreach (var word in snake.Split('_', StringSplitOptions.RemoveEmptyEntries))
            text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        return text.ToString();
    }
}
