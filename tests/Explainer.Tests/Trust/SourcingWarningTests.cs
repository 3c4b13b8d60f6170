using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Trust;

/// <summary>Issue 9: check warns (never errors) where the sourcing is weak, and the site says only what the data shows.</summary>
public class SourcingWarningTests
{
    private static readonly string Entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"];

    /// <summary>Each row: a change to the minimal entry (or party), and the warning codes it must give (none: the minimal site is clean).</summary>
    [Theory]
    [InlineData("", "", new string[0])]
    [InlineData("    url: https://example.org/news/widget\n", "", new[] { DiagnosticCodes.SourceWithoutLink })]
    [InlineData("    url: https://example.org/news/widget\n", "    archived: https://web.archive.org/web/2026/x\n", new string[0])]
    [InlineData("tags: [launches]\n", "tags: [launches]\nstatus: confirmed\n", new[] { DiagnosticCodes.SingleSourceConfirmed })]
    [InlineData("date: 2026-03-05\n", "date: 2026-03-10\nstatus: disputed\n", new[] { DiagnosticCodes.EventAfterSources })]
    [InlineData("date: 2026-03-05\n", "date: 2026-03-10\n", new string[0])]
    [InlineData("date: 2026-03-05\n", "date: ../2026-03-10\nstatus: disputed\n", new string[0])]
    [InlineData("date: 2026-03-05\n", "date: 2026-03\nstatus: disputed\n", new string[0])]
    public void Weak_sourcing_gives_warnings_not_errors(string replace, string with, string[] codes)
    {
        using var folder = new TempFolder();
        var entry = replace.Length == 0 ? Entry : Entry.Replace(replace, with);
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(codes, result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
    }

    /// <summary>
    /// Each row: a change to the minimal entry, built on 5 March 2026, and whether it gives EX0507. Sources, corrections and the
    /// page's own dates cannot lie ahead (one day of slack for time zones east of UTC); the event itself may.
    /// </summary>
    [Theory]
    [InlineData("    published: 2026-03-05\n", "    published: 2026-03-07\n", true)]
    [InlineData("    published: 2026-03-05\n", "    published: 2026-03-06\n", false)]
    [InlineData("    published: 2026-03-05\n", "    published: 2026-04\n", true)]
    [InlineData("    published: 2026-03-05\n", "    published: 2026-03\n", false)]
    [InlineData("    published: 2026-03-05\n", "    published: 2026-01/2026-06\n", false)]
    [InlineData("date: 2026-03-05\n", "date: 2027-01-01\nstatus: reported\n", false)]
    [InlineData("tags: [launches]\n", "tags: [launches]\ncorrections:\n  - date: 2026-05-01\n    text: Fixed the date.\n", true)]
    [InlineData("tags: [launches]\n", "tags: [launches]\ncorrections:\n  - date: 2026-03-05\n    text: Fixed the date.\n", false)]
    [InlineData("tags: [launches]\n", "tags: [launches]\nupdated: 2027\n", true)]
    [InlineData("tags: [launches]\n", "tags: [launches]\npublished: 2026-03-09\n", true)]
    public void A_source_or_correction_dated_after_the_build_day_gets_a_warning(string replace, string with, bool warned)
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = Entry.Replace(replace, with) });
        var result = SiteBuild.InMemory(new Build.BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]) { Today = new DateOnly(2026, 3, 5) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notYet = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DateNotYet).ToList();
        Assert.Equal(warned ? 1 : 0, notYet.Count);
        Assert.All(notYet, d =>
        {
            Assert.False(d.IsError);
            Assert.EndsWith("entries/2026/acme-launches-widget.md", d.Location.Path);
            Assert.Contains("after today (5 March 2026)", d.Message);
        });
    }

    [Fact]
    public void A_party_whose_text_has_no_sources_gets_a_warning_and_one_with_sources_shows_them()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["parties/widget.md"] = "---\nname: Widget\nkind: product\nsummary: A product of Acme.\nowner: acme\n---\nWidget is said to be fast.\n",
        });

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PartyWithoutSources, warning.Code);
        Assert.EndsWith("parties/widget.md", warning.Location.Path);

        var acme = result.Text("parties/acme/index.html");
        Assert.Contains("<h2 id=\"party-sources\">Sources</h2>", acme);
        Assert.Contains("1 source (single source)</a> · 1 with a link", acme);
        Assert.Contains("Information as of <time datetime=\"2026-01-10\">10 January 2026</time>", acme);

        // Read as a reader reads it: no stray space before the colon (the evidence partial once ended in a line break).
        var widget = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Text("parties/widget/index.html"));
        var evidence = widget.QuerySelectorAll(".glance__row").Single(row => row.QuerySelector("dt")?.TextContent == "Evidence");
        Assert.Equal("No sources: this page's description is not yet tied to sources; each event below cites its own",
            evidence.QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public void The_entry_page_states_its_evidence_and_as_of_date_and_the_home_page_counts_only_what_the_data_has()
    {
        using var folder = new TempFolder();
        var second = Entry.Replace("event: Acme launches Widget", "event: Acme ships Widget").Replace("question: What is Widget?", "question: Who ships it?")
            .Replace("    url: https://example.org/news/widget\n", "")
            .Replace("sources:\n", "sources:\n  - title: Later report\n    publisher: Other News\n    published: 2026-04\n");
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-ships-widget.md"] = second });

        var page = result.Text("entries/acme-ships-widget/index.html");
        Assert.Contains("2 sources</a> · 0 with a link", page);
        Assert.DoesNotContain("single source", page);
        Assert.Contains("Information as of <time datetime=\"2026-04\">April 2026</time>", page);

        // Two entries; distinct sources: "Acme launches Widget" (with a link), the same title without a link, "Later report", Acme's party source.
        Assert.Contains("2 events · 4 sources · 2 with a link", result.Text("index.html"));
        Assert.DoesNotContain("every event linked to its sources", result.Text("index.html"));
    }

    [Fact]
    public void Faq_answers_show_their_entrys_status_and_link_to_its_sources()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());
        var faq = result.Text("faq/index.html");

        // The index lists each event's questions with that event's status and a link to its sources (issue 9, after issue 10 moved answers to entry pages).
        var item = faq[faq.IndexOf("class=\"faq-entry\"", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>\n", item.IndexOf("question-list", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("<span class=\"status status--reported\"", item);
        Assert.Contains("href=\"/explainer/entries/acme-launches-widget/#entry-sources\">Sources", item);
        Assert.Contains("href=\"/explainer/entries/acme-launches-widget/#what-is-widget\">What is Widget?", item);
        // The entry page, where the answer lives, carries the question's anchor and the sources section the link points to.
        var entry = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("id=\"what-is-widget\"", entry);
        Assert.Contains("id=\"entry-sources\"", entry);
    }
}
