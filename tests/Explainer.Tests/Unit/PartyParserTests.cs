using Explainer.Content;
using Explainer.Model;

namespace Explainer.Tests.Unit;

public class PartyParserTests
{
    private const string Valid = """
        ---
        name: Qoder
        kind: product
        summary: Alibaba's coding assistant.
        country: CN
        website: https://example.org/qoder
        owner: alibaba
        ---
        Body.
        """;

    [Fact]
    public void A_complete_party_parses()
    {
        var (party, diagnostics) = PartyParser.Parse(new InputFile("input/parties/qoder.md", "parties/qoder.md", Valid));

        Assert.Empty(diagnostics);
        Assert.Equal(PartyKind.Product, party!.Kind);
        Assert.Equal("alibaba", party.Owner!.Id);
        Assert.Equal(7, party.Owner.Location.Line);
    }

    [Theory]
    [InlineData("kind: product", "kind: startup", "EX0108", 3, "'kind' cannot be 'startup'")]
    [InlineData("kind: product", "kind: compnay", "EX0108", 3, "did you mean 'company'")]
    [InlineData("country: CN", "country: cn", "EX0108", 5, "write it in capitals: CN")]
    [InlineData("country: CN", "country: China", "EX0108", 5, "ISO 3166-1")]
    [InlineData("website: https://example.org/qoder", "website: ftp://example.org", "EX0109", 6, "http(s)")]
    [InlineData("name: Qoder", "nmae: Qoder", "EX0104", 2, "did you mean 'name'")]
    [InlineData("summary: Alibaba's coding assistant.", "", "EX0105", 2, "'summary'")]
    public void Each_party_rule_is_reported_at_its_line(string line, string replacement, string code, int expectedLine, string words)
    {
        var (party, diagnostics) = PartyParser.Parse(new InputFile("input/parties/qoder.md", "parties/qoder.md", Valid.Replace(line, replacement)));

        Assert.Null(party);
        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(expectedLine, diagnostic.Location.Line);
        Assert.Contains(words, diagnostic.Message + " " + diagnostic.Hint);
    }
}
