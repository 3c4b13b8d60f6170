using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Tests.Unit;

public class EntryParserTests
{
    private const string Valid = """
        ---
        event: Alibaba bans employees from using Claude Code
        date: 2026-07-10
        parties: [alibaba, anthropic]
        summary: Alibaba reportedly bans Claude Code.
        tags: [corporate-policy]
        status: reported
        sources:
          - title: "Alibaba to Ban Employees From Using Anthropic’s Claude Code"
            publisher: BitcoinWorld
            published: 2026-07-04
            url: https://example.org/a
            archived: https://web.archive.org/web/2026/https://example.org/a
        faq:
          - question: What is Qoder?
            answer: Alibaba's coding assistant.
        updated: 2026-07-05
        ---
        Body text.
        """;

    private static (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path = "entries/2026/alibaba-bans-claude-code.md") =>
        EntryParser.Parse(new InputFile("input/" + path, path, text.ReplaceLineEndings("\n")));

    [Fact]
    public void A_complete_entry_parses_into_a_typed_record()
    {
        var (entry, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(entry);
        Assert.Equal("alibaba-bans-claude-code", entry.Slug);
        Assert.Equal("2026-07-10", entry.Date.Edtf);
        Assert.Equal(["alibaba", "anthropic"], entry.Parties.Select(p => p.Id));
        Assert.Equal(EntryStatus.Reported, entry.Status);
        Assert.Equal("https://web.archive.org/web/2026/https://example.org/a", entry.Sources.Single().Archived);
        Assert.Equal("what-is-qoder", entry.Faq.Single().Anchor);
        Assert.Equal("Body text.", entry.BodyMarkdown.Trim());
        Assert.Equal(19, entry.BodyFirstLine);
        Assert.Equal(4, entry.Parties[1].Location.Line);
    }

    [Fact]
    public void Status_defaults_to_reported_and_slug_can_override_the_file_name()
    {
        var text = Valid.Replace("status: reported\n", "").Replace("updated: 2026-07-05", "slug: custom-slug");

        var (entry, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal(EntryStatus.Reported, entry!.Status);
        Assert.Equal("custom-slug", entry.Slug);
    }

    // Each row breaks one rule of the content model: the line to replace, its replacement, the code, line and words expected.
    [Theory]
    [InlineData("event: Alibaba bans employees from using Claude Code", "", "EX0105", 3, "'event'")]
    [InlineData("event: Alibaba bans employees from using Claude Code", "event: [a, b]", "EX0106", 2, "must be text")]
    [InlineData("event: Alibaba bans employees from using Claude Code", "event: ''", "EX0105", 2, "'event' is empty")]
    [InlineData("event: Alibaba bans employees from using Claude Code", "event: \"\\u200B\\u00AD \\uFEFF\"", "EX0105", 2, "'event' is empty: it holds only invisible characters")]
    [InlineData("    publisher: BitcoinWorld", "    publisher: \"\\u2060\"", "EX0105", 10, "'publisher' is empty: it holds only invisible")]
    [InlineData("date: 2026-07-10", "date: 2026-02-30", "EX0102", 3, "February 2026 has 28 days")]
    [InlineData("date: 2026-07-10", "date: 10 July 2026", "EX0102", 3, "not a valid date")]
    [InlineData("date: 2026-07-10", "", "EX0105", 2, "'date'")]
    [InlineData("parties: [alibaba, anthropic]", "parties: alibaba", "EX0106", 4, "must be a list")]
    [InlineData("parties: [alibaba, anthropic]", "parties: []", "EX0105", 4, "'parties' is empty")]
    [InlineData("parties: [alibaba, anthropic]", "parties: [[alibaba]]", "EX0106", 4, "plain values")]
    [InlineData("summary: Alibaba reportedly bans Claude Code.", "sumary: typo", "EX0104", 5, "did you mean 'summary'")]
    [InlineData("tags: [corporate-policy]", "tags: [Corporate_Policy]", "EX0107", 6, "try 'corporate-policy'")]
    [InlineData("status: reported", "status: rumoured", "EX0108", 7, "'status' cannot be 'rumoured'")]
    [InlineData("status: reported", "status: confirmd", "EX0108", 7, "did you mean 'confirmed'")]
    [InlineData("    url: https://example.org/a", "    url: javascript:alert(1)", "EX0109", 12, "not an http(s) URL")]
    [InlineData("    url: https://example.org/a", "    url: example.org/a", "EX0109", 12, "not an http(s) URL")]
    [InlineData("    publisher: BitcoinWorld", "    publsher: BitcoinWorld", "EX0104", 10, "did you mean 'publisher'")]
    [InlineData("    published: 2026-07-04", "    published: 2026-07-32", "EX0102", 11, "July 2026 has 31 days")]
    [InlineData("    answer: Alibaba's coding assistant.", "    answer: [x]", "EX0106", 16, "'answer' must be text")]
    [InlineData("updated: 2026-07-05", "updated: yesterday", "EX0102", 17, "not a valid date")]
    [InlineData("updated: 2026-07-05", "slug: Not_A_Slug", "EX0107", 17, "slug")]
    [InlineData("summary: Alibaba reportedly bans Claude Code.", "summary: \"unterminated", "EX0103", 5, "YAML is not valid")]
    [InlineData("tags: [corporate-policy]", "tags: [corporate-policy]\ntags: [again]", "EX0103", 7, "'tags' is given twice")]
    [InlineData("    publisher: BitcoinWorld", "    publisher: BitcoinWorld\n    publisher: Other", "EX0103", 11, "keep one 'publisher:' line")]
    [InlineData("summary: Alibaba reportedly bans Claude Code.", "summary: Alibaba: a ban", "EX0103", 5, "put the value in double quotes: summary: \"Alibaba: a ban\"")]
    [InlineData("summary: Alibaba reportedly bans Claude Code.", "summary: @alibaba said \"so\"", "EX0103", 5, "starts with '@', which YAML reserves")]
    [InlineData("    publisher: BitcoinWorld", "    publisher: Bitcoin: World", "EX0103", 10, "double quotes: publisher: \"Bitcoin: World\"")]
    [InlineData("    publisher: BitcoinWorld", "   publisher: BitcoinWorld", "EX0103", 10, "indent 'publisher' with 4 spaces so that it lines up with 'title'")]
    [InlineData("    publisher: BitcoinWorld", "  publisher: BitcoinWorld", "EX0103", 10, "'publisher' starts in column 3, but 'title' on the line before starts in column 5")]
    [InlineData("    answer: Alibaba's coding assistant.", "     answer: Alibaba's coding assistant.", "EX0103", 16, "indent 'answer' with 4 spaces so that it lines up with 'question'")]
    public void Each_rule_is_reported_at_its_line_with_its_code(string line, string replacement, string code, int expectedLine, string words)
    {
        Assert.Contains(line, Valid);
        var (entry, diagnostics) = Parse(Valid.Replace(line, replacement));

        Assert.Null(entry);
        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(expectedLine, diagnostic.Location.Line);
        Assert.Contains(words, diagnostic.Message + " " + diagnostic.Hint);
        Assert.NotNull(diagnostic.Hint);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_pass()
    {
        var text = Valid.Replace("date: 2026-07-10", "date: 2026-13").Replace("status: reported", "status: maybe").Replace("summary:", "sumary:");

        var (_, diagnostics) = Parse(text);

        Assert.Equal(["EX0102", "EX0104", "EX0105", "EX0108"], diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_reported()
    {
        var (_, diagnostics) = Parse(Valid, "entries/2026/Alibaba Bans.md");

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug && d.Hint!.Contains("alibaba-bans"));
    }

    [Fact]
    public void A_tag_in_another_script_gets_advice_not_a_placeholder_slug()
    {
        var (_, diagnostics) = Parse(Valid.Replace("tags: [corporate-policy]", "tags: [人工智能]"));

        var diagnostic = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
        Assert.Contains("'人工智能' is not a valid tag", diagnostic.Message);
        Assert.Contains("letters a-z and digits", diagnostic.Hint);
        Assert.DoesNotContain("'item'", diagnostic.Hint);
    }
}
