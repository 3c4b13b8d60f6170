using System.Text;
using Explainer.Diagnostics;
using Explainer.Tests.Support;
using Explainer.Validation;

namespace Explainer.Tests.Validation;

/// <summary>
/// List pages stay under 300 KB by design; an entry's own page holds all of its text, so a file whose text alone passes that
/// is a warning at the file, and the warning's claim (its page passes 300 KB) is checked against the page built.
/// </summary>
public class PageWeightTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    /// <summary>~<paramref name="kilobytes"/> KB of plain paragraphs, ASCII only.</summary>
    private static string Paragraphs(int kilobytes) =>
        string.Join("\n\n", Enumerable.Range(0, kilobytes).Select(i => $"Paragraph {i:D5} says what one source reported about the event, at some length. " + new string('x', 940)));

    [Fact]
    public void An_entry_whose_text_passes_the_budget_is_warned_at_its_file_and_its_page_does_pass_it()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = SiteBuild.MinimalSite[Entry] + "\n\n" + Paragraphs(310) });

        Assert.True(result.Succeeded);
        var heavy = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HeavyPage);
        Assert.Equal(Severity.Warning, heavy.Severity);
        Assert.EndsWith("acme-launches-widget.md", heavy.Location.Path);
        Assert.Equal((1, 1), (heavy.Location.Line, heavy.Location.Column));
        Assert.Contains("this entry", heavy.Message);
        Assert.Contains("split it into several entries", heavy.Hint);
        Assert.True(result.File("entries/acme-launches-widget/index.html")!.Bytes.Length > PageWeightRule.BudgetBytes);
    }

    [Fact]
    public void Answers_count_with_the_body_as_they_share_its_page()
    {
        using var folder = new TempFolder();
        var answer = new string('y', 4000);
        var faq = string.Concat(Enumerable.Range(0, 80).Select(i => $"  - question: Question number {i}?\n    answer: {answer}\n"));
        var entry = SiteBuild.MinimalSite[Entry].Replace("faq:\n  - question: What is Widget?\n    answer: A product of [Acme](/parties/acme/).\n", "faq:\n" + faq);
        Assert.NotEqual(SiteBuild.MinimalSite[Entry], entry);

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = entry });

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HeavyPage);
        Assert.True(result.File("entries/acme-launches-widget/index.html")!.Bytes.Length > PageWeightRule.BudgetBytes);
    }

    [Fact]
    public void A_party_page_is_judged_the_same_way()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["parties/acme.md"] = SiteBuild.MinimalSite["parties/acme.md"] + "\n\n" + Paragraphs(310) });

        var heavy = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HeavyPage);
        Assert.EndsWith("acme.md", heavy.Location.Path);
        Assert.Contains("this party", heavy.Message);
        Assert.True(result.File("parties/acme/index.html")!.Bytes.Length > PageWeightRule.BudgetBytes);
    }

    [Fact]
    public void A_long_entry_under_the_budget_is_not_warned()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = SiteBuild.MinimalSite[Entry] + "\n\n" + Paragraphs(200) });

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.HeavyPage);
    }

    [Fact]
    public void The_budget_is_in_bytes_of_UTF_8_not_characters()
    {
        // 110,000 characters: 107 KB as ASCII, 322 KB as Chinese (3 bytes each).
        var ascii = new string('a', 110_000);
        var chinese = string.Concat(Enumerable.Repeat("阿里巴巴禁止", 110_000 / 6));
        var at = new SourceLocation("input/entries/2026/x.md", 1, 1);

        Assert.Empty(PageWeightRule.Check("this entry", at, [ascii], PageWeightRule.SplitEntry));
        var heavy = Assert.Single(PageWeightRule.Check("this entry", at, [chinese], PageWeightRule.SplitEntry));
        Assert.Contains($"{Encoding.UTF8.GetByteCount(chinese) / 1024:N0} KB", heavy.Message);
    }
}
