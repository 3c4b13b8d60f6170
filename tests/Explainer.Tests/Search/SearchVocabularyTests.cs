using System.Text.Json;
using Explainer.Search;
using Explainer.Tests.Support;

namespace Explainer.Tests.Search;

/// <summary>Issue 13: the site's own words for "Did you mean …?", written at build time and kept small.</summary>
public sealed class SearchVocabularyTests
{
    [Fact]
    public void The_build_writes_party_and_tag_words_first_then_headline_words()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>());

        var words = Words(site.Text("search/words.json"));
        // Party names (Acme Corp, Widget) and the tag (launches), in ordinal order; then the headline's other words.
        Assert.Equal(["acme", "corp", "launches", "widget"], words);
    }

    /// <summary>The file is written with the JSON writer: the same bytes the serializer gave, non-ASCII and quotes escaped alike.</summary>
    [Fact]
    public void The_words_file_is_what_the_serializer_wrote()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/e.md"] = Entry("\"Ｑｏｄｅｒ meets Zhipu’s \\\"Café\\\" <team> & 中文模型\"", "https://example.org/news/e"),
        });
        var written = site.Text("search/words.json");
        var words = Words(written);
        Assert.Contains("café", words);
        Assert.Equal(JsonSerializer.Serialize(new { words }) + "\n", written);
    }

    [Theory]
    [InlineData("Anthropic’s Claude Code", new[] { "anthropic", "claude", "code" })]
    [InlineData("Alibaba to ban it in 2026, says X", new[] { "alibaba", "ban" })]
    [InlineData("Ｑｏｄｅｒ launches", new[] { "qoder", "launches" })]
    public void Words_are_lower_cased_runs_of_letters_without_short_or_common_words_or_years(string text, string[] expected)
    {
        Assert.Equal(expected, SearchVocabulary.Tokens(text).ToArray());
    }

    [Fact]
    public void A_large_site_s_vocabulary_is_capped_so_the_file_stays_small()
    {
        using var folder = new TempFolder();
        var files = new Dictionary<string, string>();
        for (var i = 0; i < 1_100; i++)
        {
            // Two distinct made-up words per headline: 2,200 candidate words, more than the cap (as a 10,000-entry site has).
            files[$"entries/2026/e{i}.md"] = Entry($"Acme ships {Word(i)} and {Word(i + 100_000)}", $"https://example.org/news/{i}");
        }
        var site = SiteBuild.Generate(folder, files);

        var json = site.Text("search/words.json");
        var words = Words(json);
        Assert.Equal(SearchVocabulary.MaxWords, words.Length);
        Assert.InRange(json.Length, 1, 32_000);
        // The words every headline uses come first; party words are never cut.
        Assert.Contains("ships", words.Take(10));
        Assert.Contains("widget", words);
    }

    private static string Word(int i)
    {
        var letters = new char[6];
        for (var k = 0; k < letters.Length; k++, i /= 26) letters[k] = (char)('a' + i % 26);
        return new string(letters);
    }

    private static string[] Words(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray();

    /// <summary>An entry about Acme whose headline is <paramref name="eventYaml"/> (as written in YAML) and whose source is at <paramref name="url"/>.</summary>
    private static string Entry(string eventYaml, string url) => $"""
        ---
        event: {eventYaml}
        date: 2026-03-05
        parties: [acme]
        summary: Acme shipped something.
        sources:
          - title: Acme ships
            publisher: Example News
            published: 2026-03-05
            url: {url}
        ---
        """;
}
