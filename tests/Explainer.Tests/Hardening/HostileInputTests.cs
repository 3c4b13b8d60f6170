using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Hardening;

/// <summary>
/// Issue 8, point 3: each input that used to crash the build (stack trace, exit 1 or 134) is a located error instead.
/// Each row names the file it changes, the change, and the code and line of the error it must produce.
/// </summary>
public class HostileInputTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";
    private static readonly string EntryText = SiteBuild.MinimalSite[Entry];

    public static TheoryData<string, string, string, string, int> Cases() => new()
    {
        // name, file, new text, expected code, expected line
        { "unclosed flow list in an entry", Entry, EntryText.Replace("parties: [acme, widget]", "parties: [a"), DiagnosticCodes.YamlSyntax, 4 },
        { "unclosed flow list in a party", "parties/acme.md", SiteBuild.MinimalSite["parties/acme.md"].Replace("country: US", "country: [US"), DiagnosticCodes.YamlSyntax, 5 },
        // Found by the fuzz test (seed 7ZiUfIl-VVX1): YamlDotNet's node loader threw ArgumentException, not a YamlException.
        { "a list item whose key has no name", Entry, EntryText.Replace("    published: 2026-03-05\n    url: https://example.org/news/widget\n", "    publishedfaq:\n  - : 2026-03-05\n"), DiagnosticCodes.YamlSyntax, 11 },
        { "unclosed flow list in site.yml", "site.yml", SiteBuild.MinimalSite["site.yml"].Replace("title: Test Explainer", "title: [Test"), DiagnosticCodes.YamlSyntax, 1 },
        { "YAML nested 50,000 deep", Entry, EntryText.Replace("tags: [launches]", "tags: " + new string('[', 50_000) + new string(']', 50_000)), DiagnosticCodes.YamlSyntax, 6 },
        { "YAML nested 50,000 deep in site.yml", "site.yml", SiteBuild.MinimalSite["site.yml"] + "\nextra: " + new string('{', 50_000), DiagnosticCodes.YamlSyntax, 6 },
        { "200 quote markers on a line", Entry, EntryText + "\n" + new string('>', 200) + " deep\n", DiagnosticCodes.TooDeep, 17 },
        { "500 brackets on a line", Entry, EntryText + "\n" + new string('[', 500) + "\n", DiagnosticCodes.TooDeep, 17 },
        { "300 nested list items", Entry, EntryText + "\n" + string.Join("\n", Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x")) + "\n", DiagnosticCodes.TooDeep, 0 },
        { "50,000 nested <div> on one line (issue 8, point 7)", Entry, EntryText + "\n" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "\n", DiagnosticCodes.CrowdedParagraph, 16 },
        { "50,000 nested <div> in blocks of their own (point 7)", Entry, EntryText + "\n\n" + string.Join("\n\n", Enumerable.Repeat("<div>", 50_000)) + "\n", DiagnosticCodes.TooDeep, 218 },
        { "40,000 bare URLs in one paragraph (point 7)", Entry, EntryText + "\n\n" + string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"https://e.org/{i}")) + "\n", DiagnosticCodes.CrowdedParagraph, 18 },
        { "50,000 inline <b>x</b> in one paragraph (point 7)", Entry, EntryText + "\n\n" + string.Join(' ', Enumerable.Repeat("<b>x</b>", 50_000)) + "\n", DiagnosticCodes.CrowdedParagraph, 18 },
        { "a 50 MB summary (point 7)", Entry, EntryText.Replace("summary: Acme launched Widget.", "summary: " + new string('s', 50_000_000)), DiagnosticCodes.TooLarge, 1 },
        { "form feed in the body", Entry, EntryText + "\nform\ffeed\n", DiagnosticCodes.ForbiddenCharacter, 17 },
        { "escape in the body", Entry, EntryText + "\nan \u001b escape\n", DiagnosticCodes.ForbiddenCharacter, 17 },
        { "U+0001 in the body", Entry, EntryText + "\none\u0001\n", DiagnosticCodes.ForbiddenCharacter, 17 },
        { "U+FFFE in the body", Entry, EntryText + "\nnon\uFFFEcharacter\n", DiagnosticCodes.ForbiddenCharacter, 17 },
        { "an escaped control character in the headline", Entry, EntryText.Replace("event: Acme launches Widget", "event: \"Acme\\x01 launches\""), DiagnosticCodes.ForbiddenCharacter, 2 },
        { "a raw control character in the summary", Entry, EntryText.Replace("summary: Acme launched Widget.", "summary: Acme\u0001 launched"), DiagnosticCodes.ForbiddenCharacter, 5 },
        { "a form feed in site.yml's title", "site.yml", SiteBuild.MinimalSite["site.yml"].Replace("title: Test Explainer", "title: \"Test\\fExplainer\""), DiagnosticCodes.ForbiddenCharacter, 1 },
        { "full-width digits in a date", Entry, EntryText.Replace("date: 2026-03-05", "date: ２０２６-03-05"), DiagnosticCodes.InvalidDate, 3 },
        { "Arabic-Indic digits in a date", Entry, EntryText.Replace("date: 2026-03-05", "date: ٢٠٢٦-03-05"), DiagnosticCodes.InvalidDate, 3 },
        { "a 300-character slug", Entry, EntryText.Replace("tags: [launches]", "tags: [launches]\nslug: " + new string('a', 300)), DiagnosticCodes.InvalidSlug, 7 },
        { "a 300-character tag", Entry, EntryText.Replace("tags: [launches]", "tags: [" + new string('b', 300) + "]"), DiagnosticCodes.InvalidSlug, 6 },
        { "a 100,000-character summary", Entry, EntryText.Replace("summary: Acme launched Widget.", "summary: " + new string('s', 100_000)), DiagnosticCodes.TooLong, 5 },
        { "a 1,000-character headline", Entry, EntryText.Replace("event: Acme launches Widget", "event: " + new string('h', 1000)), DiagnosticCodes.TooLong, 2 },
        { "an entry over 1 MB", Entry, EntryText + new string('x', 1_100_000), DiagnosticCodes.TooLarge, 1 },
        { "a null headline", Entry, EntryText.Replace("event: Acme launches Widget", "event: ~"), DiagnosticCodes.MissingField, 2 },
        { "a null headline spelled out", Entry, EntryText.Replace("event: Acme launches Widget", "event: null"), DiagnosticCodes.MissingField, 2 },
        { "an undefined alias", Entry, EntryText.Replace("tags: [launches]", "tags: [launches]\nstatus: *nope"), DiagnosticCodes.YamlSyntax, 7 },
        { "a site url with a query and fragment", "site.yml", SiteBuild.MinimalSite["site.yml"].Replace("url: https://example.org/explainer/", "url: https://example.org/explainer/?q=1#top"), DiagnosticCodes.InvalidUrl, 4 },
        { "a site url with credentials", "site.yml", SiteBuild.MinimalSite["site.yml"].Replace("url: https://example.org/explainer/", "url: https://user:secret@example.org/explainer/"), DiagnosticCodes.InvalidUrl, 4 },
        { "a source url with credentials", Entry, EntryText.Replace("url: https://example.org/news/widget", "url: https://user:secret@example.org/news/widget"), DiagnosticCodes.InvalidUrl, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_is_a_located_error_not_a_crash(string name, string file, string text, string code, int line)
    {
        var result = Generate(file, text);

        Assert.False(result.Succeeded, name);
        Assert.Empty(result.Files);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1, $"{name}: {d} has no line"));
        var error = result.Diagnostics.First(d => d.Code == code);
        Assert.EndsWith(file, error.Location.Path);
        if (line > 0) Assert.Equal(line, error.Location.Line);
        Assert.DoesNotContain("secret", error.ToString() + error.Hint);
    }

    [Theory]
    [InlineData("in the body", "\none\u0001\n", 17, 4)]
    [InlineData("in a field", null, 5, 14)]
    public void A_control_character_in_a_file_is_reported_once_not_again_by_the_field_or_Markdown_checks(string where, string? added, int line, int column)
    {
        // The loader names the character in the file; the field and Markdown checks, which exist for escapes in YAML strings, found it again.
        var text = added is null ? EntryText.Replace("summary: Acme launched Widget.", "summary: Acme\u0001 launched") : EntryText + added;
        var result = Generate(Entry, text);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ForbiddenCharacter);
        Assert.True((line, column) == (error.Location.Line, error.Location.Column), $"{where}: {error}");
        Assert.Contains("the file contains the control character U+0001", error.Message);
    }

    [Fact]
    public void An_escaped_control_character_is_still_reported_where_the_file_itself_has_none()
    {
        var result = Generate(Entry, EntryText.Replace("summary: Acme launched Widget.", "summary: \"Acme\\x01 launched\""));

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ForbiddenCharacter);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void A_long_run_of_unclosed_emphasis_is_refused_for_what_it_is_not_as_quotes_or_lists()
    {
        // Markdig's own depth limit, which the pre-scan of quotes, lists and brackets does not count (found by trying).
        // Below ordinary paragraphs, so the error's line is the run's, not the body's first.
        var before = EntryText + "\nA paragraph with *emphasis*.\n\nAnother one.\n\n  ";
        var result = Generate(Entry, before + string.Concat(Enumerable.Repeat("*a **a ", 60_000)) + "\n");

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
        Assert.Equal((before.Count(c => c == '\n') + 1, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("unclosed * or _", error.Message);
        Assert.DoesNotContain("quotes, lists", error.Message);
        Assert.Contains("\\*", error.Hint);
    }

    /// <summary>Writes the file byte for byte: <see cref="TempFolder.Write"/> normalises line endings, and .NET counts a form feed as one.</summary>
    private static BuildResult Generate(string file, string text)
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        File.WriteAllText(folder[Path.Combine("input", file)], text);
        return SiteGenerator.Generate(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));
    }

    [Theory]
    [InlineData('\u202E', "U+202E (right-to-left override)")]
    [InlineData('\u2066', "U+2066 (left-to-right isolate)")]
    public void A_direction_control_that_reorders_what_readers_see_is_a_warning_at_its_position(char control, string named)
    {
        // "Acme launches Widget" with an override before "Widget" displays as "Acme launches tegdiW".
        var result = Generate(Entry, EntryText.Replace("event: Acme launches Widget", $"event: Acme launches {control}Widget"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DirectionControl);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((2, 22), (warning.Location.Line, warning.Location.Column));
        Assert.Contains(named, warning.Message);
    }

    [Fact]
    public void Right_to_left_text_without_controls_gets_no_warning()
    {
        var result = Generate(Entry, EntryText.Replace("event: Acme launches Widget", "event: Acme launches Widget (\u0639\u0631\u0628\u064A \u200F)"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DirectionControl);
    }

    [Fact]
    public void A_feed_never_crashes_on_characters_xml_forbids()
    {
        // The located errors above stop such content first; the feed writer strips them anyway as a last defence.
        Assert.Equal("ab", Explainer.Content.XmlCharacters.Strip("a\u0001\fb\uFFFE"));
        Assert.Equal("a😀b", Explainer.Content.XmlCharacters.Strip("a😀b"));
    }

    [Fact]
    public void Slugs_are_made_from_any_text_even_with_a_lone_surrogate()
    {
        // Found by the fuzz test (seed 641G-vBfqf11): string.Normalize throws on a lone surrogate.
        Assert.Equal("what-is-x", Explainer.Content.Slug.From("What is \ud800X?"));
    }

    [Fact]
    public void Messages_name_the_input_folder_actually_passed()
    {
        using var folder = new TempFolder();
        folder.Write("content/entries/x.md", "---\nevent: x\n---\n");
        var result = SiteGenerator.Generate(new BuildOptions(folder["content"], RepositoryPaths.Theme, folder["out"]));

        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SiteSettingsMissing);
        Assert.EndsWith("content/site.yml", missing.Location.Path);
        Assert.DoesNotContain("input/", missing.Hint);
    }
}
