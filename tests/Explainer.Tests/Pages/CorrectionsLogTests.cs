using System.Text.RegularExpressions;
using Explainer.Build;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// Issue 10: the corrections log grows with the site, so past the page limit it is split as the other lists are: the latest
/// few and the years on corrections/, a page per year, and a page per month of a long year. Here the limit is lowered to 4.
/// </summary>
public sealed class CorrectionsLogTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    /// <summary>The entry's corrections: two in 2026-04, and five in 2026-05 and 2026-06; the party's one in 2026-05.</summary>
    private static readonly string[] EntryDays = ["2026-04-02", "2026-04-20", "2026-05-01", "2026-05-02", "2026-05-03", "2026-06-10", "2026-06-11"];

    private static GeneratedSite Build(TempFolder folder, ListLimits limits, int entryCorrections)
    {
        var corrections = "corrections:\n" + string.Concat(EntryDays.Take(entryCorrections).Select((d, i) => $"  - date: {d}\n    text: Entry correction {i + 1}.\n"));
        var files = new Dictionary<string, string>
        {
            [Entry] = SiteBuild.MinimalSite[Entry].Replace("faq:\n", corrections + "faq:\n"),
            ["parties/acme.md"] = SiteBuild.MinimalSite["parties/acme.md"].Replace("country: US\n", "country: US\ncorrections:\n  - date: 2025-11-30\n    text: Party correction 1.\n"),
        };
        SiteBuild.WriteInput(folder, files);
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]) { Lists = limits });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static List<string> Texts(string html) => Regex.Matches(html, @"(Entry|Party) correction \d+").Select(m => m.Value).ToList();

    private static List<string> LogPages(GeneratedSite site) =>
        site.Result.Files.Select(f => f.Path).Where(p => p.StartsWith("corrections/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).Order().ToList();

    [Fact]
    public void Corrections_of_one_day_are_listed_by_page_and_then_in_each_page_s_written_order()
    {
        using var folder = new TempFolder();
        var sameDay = "corrections:\n  - date: 2026-05-01\n    text: Entry correction 1.\n  - date: 2026-05-01\n    text: Entry correction 2.\n";
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            [Entry] = SiteBuild.MinimalSite[Entry].Replace("faq:\n", sameDay + "faq:\n"),
            ["parties/acme.md"] = SiteBuild.MinimalSite["parties/acme.md"].Replace("country: US\n", "country: US\ncorrections:\n  - date: 2026-05-01\n    text: Party correction 1.\n"),
        });
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        // entries/… sorts before parties/…; the entry's two keep the order they were written in.
        Assert.Equal(["Entry correction 1", "Entry correction 2", "Party correction 1"], Texts(site.Text("corrections/index.html")));
    }

    [Fact]
    public void A_short_log_stays_one_page_with_every_correction()
    {
        using var folder = new TempFolder();
        var site = Build(folder, new ListLimits(PerPage: 4, Latest: 2), entryCorrections: 3);

        Assert.Equal(["corrections/index.html"], LogPages(site));
        var log = site.Text("corrections/index.html");
        Assert.Equal(["Entry correction 3", "Entry correction 2", "Entry correction 1", "Party correction 1"], Texts(log));
        Assert.DoesNotContain("year-rail", log);
    }

    [Fact]
    public void A_long_log_shows_the_latest_and_its_years_and_splits_a_long_year_by_month()
    {
        using var folder = new TempFolder();
        var site = Build(folder, new ListLimits(PerPage: 4, Latest: 2), entryCorrections: 7);

        Assert.Equal(["corrections/2025/index.html", "corrections/2026/04/index.html", "corrections/2026/05/index.html", "corrections/2026/06/index.html",
            "corrections/2026/index.html", "corrections/index.html"], LogPages(site));

        var index = site.Text("corrections/index.html");
        Assert.Equal(["Entry correction 7", "Entry correction 6"], Texts(index));
        Assert.Contains("the latest 2 of 8 here", index);
        Assert.Contains("<li id=\"y2025\"><a href=\"/explainer/corrections/2025/\">2025 <span class=\"year-rail__count\">(1 correction)</span></a></li>", index);
        Assert.Contains("<li id=\"y2026\"><a href=\"/explainer/corrections/2026/\">2026 <span class=\"year-rail__count\">(7 corrections)</span></a></li>", index);

        Assert.Equal(["Party correction 1"], Texts(site.Text("corrections/2025/index.html")));
        var year = site.Text("corrections/2026/index.html");
        Assert.Empty(Texts(year));
        Assert.Contains("listed by month", year);
        Assert.Contains("<a href=\"/explainer/corrections/2026/05/\">May <span class=\"year-rail__count\">(3 corrections)</span></a>", year);
        Assert.Equal(["Entry correction 2", "Entry correction 1"], Texts(site.Text("corrections/2026/04/index.html")));
        var may = site.Text("corrections/2026/05/index.html");
        Assert.Equal(["Entry correction 5", "Entry correction 4", "Entry correction 3"], Texts(may));
        // Its own heading: after the Months rail, the list would otherwise read as part of that section.
        Assert.Contains("<h2 id=\"corrections-list\">Corrections, newest first</h2>", may);
        Assert.Equal(["Entry correction 7", "Entry correction 6"], Texts(site.Text("corrections/2026/06/index.html")));
    }

    [Fact]
    public void Every_correction_is_on_exactly_one_year_or_month_page_and_every_page_is_linked()
    {
        using var folder = new TempFolder();
        var site = Build(folder, new ListLimits(PerPage: 4, Latest: 2), entryCorrections: 7);
        var periodPages = LogPages(site).Where(p => p != "corrections/index.html").ToList();

        var shown = periodPages.SelectMany(p => Texts(site.Text(p))).ToList();
        Assert.Equal(8, shown.Count);
        Assert.Equal(8, shown.Distinct().Count());

        var linked = LogPages(site).SelectMany(p => Regex.Matches(site.Text(p), "href=\"/explainer/(corrections/[0-9/]+)\"").Select(m => m.Groups[1].Value + "index.html")).ToHashSet();
        Assert.Subset(linked, periodPages.ToHashSet());
    }

    [Fact]
    public void A_sweeping_fix_is_listed_by_day_and_a_long_day_by_the_first_letters_of_the_corrected_pages()
    {
        using var folder = new TempFolder();
        // One correction on each of five entries on one day, and one the day before: with a limit of 2, June 2026 (6) is listed
        // by day, the 11th (5) by title: "A" (Acme…, 3) by the letters that follow, "B" (Bolt…, 2) on its own page.
        string[] titles = ["Acme recalls Widget", "Acme sues Bolt", "Bolt buys Acme", "Bolt opens a lab", "Acme ships Gadget"];
        var widget = SiteBuild.MinimalSite[Entry].Replace("faq:\n  - question: What is Widget?\n    answer: A product of [Acme](/parties/acme/).\n", "");
        var files = titles.Select((t, i) => (Path: $"entries/2026/fix-{i}.md", Text: widget.Replace("event: Acme launches Widget", $"event: {t}")
                .Replace("date: 2026-03-05", $"date: 2026-03-{10 + i}").Replace("faq:\n", "")
                .Replace("sources:", $"corrections:\n  - date: 2026-06-11\n    text: Entry correction {i + 1}.\nsources:")))
            .ToDictionary(f => f.Path, f => f.Text);
        files[Entry] = SiteBuild.MinimalSite[Entry].Replace("faq:\n", "corrections:\n  - date: 2026-06-10\n    text: Entry correction 6.\nfaq:\n");
        var site = SiteBuild.Generate(folder, files, lists: new ListLimits(PerPage: 2, Latest: 2));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        var june = site.Text("corrections/2026/06/index.html");
        Assert.Contains("6 corrections made in June 2026. The month is long, so it is listed by day.", june);
        Assert.Empty(Texts(june));
        Assert.Equal(["Entry correction 6"], Texts(site.Text("corrections/2026/06/10/index.html")));
        var day = site.Text("corrections/2026/06/11/index.html");
        Assert.Contains("5 corrections made on 11 June 2026: too many for one page, so they are listed by the first letters of the pages’ titles.", day);
        Assert.Contains("<a href=\"/explainer/corrections/2026/06/11/starting-with/b/\">B <span class=\"year-rail__count\">(2 corrections)</span></a>", day);
        Assert.Equal(["Entry correction 3", "Entry correction 4"], Texts(site.Text("corrections/2026/06/11/starting-with/b/index.html")).Order());
        var a = site.Text("corrections/2026/06/11/starting-with/a/index.html");
        Assert.Empty(Texts(a));
        Assert.Contains("<a href=\"/explainer/corrections/2026/06/11/starting-with/acme-s/\">Acme s <span", a);
        Assert.Equal(["Entry correction 2", "Entry correction 5"], Texts(site.Text("corrections/2026/06/11/starting-with/acme-s/index.html")).Order());
        Assert.Equal(["Entry correction 1"], Texts(site.Text("corrections/2026/06/11/starting-with/acme-r/index.html")));

        // Every correction on exactly one page below the index, none with more than the limit, and every page linked.
        var periodPages = LogPages(site).Where(p => p != "corrections/index.html").ToList();
        var shown = periodPages.SelectMany(p => Texts(site.Text(p))).ToList();
        Assert.Equal(6, shown.Count);
        Assert.Equal(6, shown.Distinct().Count());
        Assert.All(periodPages, p => Assert.True(Texts(site.Text(p)).Count <= 2, p));
        var linked = LogPages(site).SelectMany(p => Regex.Matches(site.Text(p), "href=\"/explainer/(corrections/[a-z0-9/-]+)\"").Select(m => m.Groups[1].Value + "index.html")).ToHashSet();
        Assert.Subset(linked, periodPages.ToHashSet());
    }

    [Fact]
    public void The_corrections_feed_carries_the_newest_50_with_the_ids_they_had()
    {
        using var folder = new TempFolder();
        var days = Enumerable.Range(0, 60).Select(i => new DateOnly(2026, 4, 1).AddDays(i)).ToList();
        var corrections = "corrections:\n" + string.Concat(days.Select((d, i) => $"  - date: {d:yyyy-MM-dd}\n    text: Entry correction {i + 1}.\n"));
        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = SiteBuild.MinimalSite[Entry].Replace("faq:\n", corrections + "faq:\n") });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        var feed = site.Text("corrections/feed.xml");
        Assert.Equal(Enumerable.Range(11, 50).Reverse().Select(n => $"Entry correction {n}").ToList(), Texts(feed));
        // Ids count up from the page's oldest correction, which the feed no longer carries: they are the same as in the full log.
        Assert.Contains("<id>https://example.org/explainer/entries/acme-launches-widget/#correction-60</id>", feed);
        Assert.Contains("<id>https://example.org/explainer/entries/acme-launches-widget/#correction-11</id>", feed);
        Assert.DoesNotContain("#correction-10<", feed);
    }

    [Fact]
    public void The_sitemap_lists_the_log_pages()
    {
        using var folder = new TempFolder();
        var site = Build(folder, new ListLimits(PerPage: 4, Latest: 2), entryCorrections: 7);

        var sitemap = site.Text("sitemap.xml");
        Assert.Contains("https://example.org/explainer/corrections/2026/05/", sitemap);
        Assert.Contains("https://example.org/explainer/corrections/2025/", sitemap);
    }
}
