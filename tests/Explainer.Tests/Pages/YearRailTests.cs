using System.Text.RegularExpressions;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// A year's count is of events. Under "Questions by year" a bare "2026 (1)" read as one question on a page listing more, so the
/// FAQ's lists name the unit; elsewhere the unit is for screen readers only, and the number looks as it did.
/// </summary>
public sealed class YearRailTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    private static GeneratedSite TwoQuestionsOnOneEvent(TempFolder folder)
    {
        var entry = SiteBuild.MinimalSite[Entry].Replace("    answer: A product of [Acme](/parties/acme/).\n",
            "    answer: A product of [Acme](/parties/acme/).\n  - question: Who makes Widget?\n    answer: Acme.\n");
        Assert.NotEqual(SiteBuild.MinimalSite[Entry], entry);
        return SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = entry });
    }

    [Theory]
    [InlineData("faq/index.html")]
    [InlineData("faq/2026/index.html")]
    public void The_FAQ_counts_events_in_words(string path)
    {
        using var folder = new TempFolder();
        var site = TwoQuestionsOnOneEvent(folder);

        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.Equal(["(1 event)"], Counts(site.Text(path)));
    }

    [Theory]
    [InlineData("timeline/index.html")]
    [InlineData("tags/launches/index.html")]
    [InlineData("parties/acme/index.html")]
    public void Other_lists_say_the_unit_to_screen_readers_only(string path)
    {
        using var folder = new TempFolder();
        var site = TwoQuestionsOnOneEvent(folder);

        Assert.Equal(["(1<span class=\"visually-hidden\"> event</span>)"], Counts(site.Text(path)));
    }

    private static List<string> Counts(string html) =>
        Regex.Matches(html, "<span class=\"year-rail__count\">(.*?)</span></a>").Select(m => m.Groups[1].Value).ToList();
}
