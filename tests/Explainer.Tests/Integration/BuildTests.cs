using System.Text.RegularExpressions;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

public class BuildTests
{
    [Fact]
    public void A_tiny_site_builds_every_page_type()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string[] expected =
        [
            "index.html", "timeline/index.html", "faq/index.html", "entries/acme-launches-widget/index.html",
            "parties/index.html", "parties/acme/index.html", "parties/widget/index.html", "tags/index.html",
            "tags/launches/index.html", "search/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css",
        ];
        Assert.All(expected, path => Assert.NotNull(result.File(path)));
    }

    [Fact]
    public void The_folder_of_the_entry_pages_is_a_page_of_ways_to_find_them_not_a_404()
    {
        // A reader who shortens /explainer/entries/acme-launches-widget/ to /explainer/entries/ lands on a page, not on a 404.
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Text("entries/index.html"));
        Assert.Equal("Entries", page.QuerySelector("main h1")?.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/explainer/timeline/", "/explainer/faq/", "/explainer/parties/", "/explainer/tags/", "/explainer/search/", "/explainer/data/"], links);
        Assert.Contains("<loc>https://example.org/explainer/entries/</loc>", result.Text("sitemap.xml"));
    }

    [Fact]
    public void Entry_pages_show_what_when_who_and_says_who()
    {
        using var folder = new TempFolder();
        var html = SiteBuild.Generate(folder, new Dictionary<string, string>()).Text("entries/acme-launches-widget/index.html");

        // [^>]* leaves room for the data-pagefind-* attributes the search index reads (issue 3).
        Assert.Matches("<h1[^>]*>Acme launches Widget</h1>", html);
        Assert.Matches("<time datetime=\"2026-03-05\"[^>]*>5 March 2026</time>", html);
        Assert.Contains("Reported", html);
        Assert.Contains("href=\"/explainer/parties/acme/\"", html);
        Assert.Contains("href=\"https://example.org/news/widget\"", html);
        Assert.Contains("<strong>launched</strong>", html);
        Assert.Contains("id=\"what-is-widget\"", html);
        Assert.Contains("https://github.com/example/explainer/edit/main/input/entries/2026/acme-launches-widget.md", html);
    }

    [Fact]
    public void Root_relative_links_in_markdown_get_the_base_path()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>(), basePath: "/sub/path/");

        Assert.Contains("<a href=\"/sub/path/parties/acme/\">Acme</a>", result.Text("entries/acme-launches-widget/index.html"));
        Assert.Contains("href=\"/sub/path/assets/site.css\"", result.Text("404.html"));
    }

    [Fact]
    public void Raw_html_that_would_run_script_is_an_error_at_its_line()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
            + "\n<script>alert(1)</script>\n\n<img src=x onerror=\"alert(2)\">\n\n[x](javascript:alert(3))\n";

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml && d.Message.Contains("<script>") && d.Location.Line == 17);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml && d.Message.Contains("onerror") && d.Location.Line == 19);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink && d.Location.Line == 21);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Harmless_raw_html_passes_and_liquid_in_content_is_never_evaluated()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
            .Replace("Acme **launched** Widget.", "H<sub>2</sub>O {{ site.title }} {% if true %}yes{% endif %}")
            .Replace("summary: Acme launched Widget.", "summary: \"{{ page.title }} <b>bold</b>\"");

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("H<sub>2</sub>O {{ site.title }} {% if true %}yes{% endif %}", html);
        Assert.Contains("{{ page.title }} &lt;b&gt;bold&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>bold</b>", html);
    }

    [Fact]
    public void Cross_reference_errors_name_the_file_and_line_and_suggest_a_fix()
    {
        using var folder = new TempFolder();
        var files = new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
                .Replace("parties: [acme, widget]", "parties: [acme, widgit]")
                .Replace("(/parties/acme/)", "(/parties/acne/)"),
            ["entries/duplicate.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("event: Acme launches Widget", "event: Again\nslug: acme-launches-widget"),
        };

        var result = SiteBuild.Generate(folder, files);

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownParty && d.Location.Path.EndsWith("2026/acme-launches-widget.md"));
        Assert.Equal((4, 17), (unknown.Location.Line, unknown.Location.Column));
        Assert.Contains("did you mean 'widget'", unknown.Hint);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug && d.Location.Path.EndsWith("duplicate.md"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateFaqAnchor);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenInternalLink && d.Message.Contains("/parties/acne/"));
    }

    /// <summary>The minimal site, its entry's text changed from <paramref name="from"/> to <paramref name="to"/>, built in memory.</summary>
    private static GeneratedSite WithEntryChanged(TempFolder folder, string from, string to)
    {
        const string entry = "entries/2026/acme-launches-widget.md";
        return SiteBuild.Generate(folder, new Dictionary<string, string> { [entry] = SiteBuild.MinimalSite[entry].Replace(from, to) });
    }

    [Theory]
    [InlineData("/explainer/parties/acme/", "/parties/acme/", "'/explainer/'")]
    [InlineData("/org/explainer/parties/acme/#about", "/parties/acme/", "'/org/explainer/'")]
    public void A_link_written_with_the_base_path_is_told_to_leave_it_to_the_build(string link, string instead, string without)
    {
        using var folder = new TempFolder();
        var result = WithEntryChanged(folder, "(/parties/acme/)", $"({link})");

        var broken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenInternalLink);
        Assert.Contains($": {instead} (the build adds the site's base path", broken.Hint);
        Assert.Contains(without, broken.Hint);
    }

    [Fact]
    public void A_link_to_no_page_keeps_the_general_hint()
    {
        using var folder = new TempFolder();
        var result = WithEntryChanged(folder, "(/parties/acme/)", "(/explainer/parties/nobody/)");

        var broken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenInternalLink);
        Assert.DoesNotContain("base path", broken.Hint);
    }

    [Fact]
    public void Unknown_owner_and_ownership_cycles_are_reported()
    {
        using var folder = new TempFolder();
        var files = new Dictionary<string, string>
        {
            ["parties/acme.md"] = SiteBuild.MinimalSite["parties/acme.md"].Replace("country: US", "country: US\nowner: widget"),
            ["parties/gizmo.md"] = "---\nname: Gizmo\nkind: product\nsummary: s\nowner: nobody\n---\n",
        };

        var result = SiteBuild.Generate(folder, files);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OwnerCycle);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownParty && d.Message.Contains("nobody") && d.Location.Line == 5);
    }

    [Fact]
    public void An_unknown_party_in_another_script_gets_advice_not_a_placeholder_file_name()
    {
        using var folder = new TempFolder();
        var result = WithEntryChanged(folder, "parties: [acme, widget]", "parties: [acme, 阿里巴巴]");

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownParty);
        Assert.Contains("'阿里巴巴'", unknown.Message);
        Assert.Contains("letters a-z and digits", unknown.Hint);
        Assert.DoesNotContain("item", unknown.Hint);
    }

    [Fact]
    public void Site_settings_reject_unknown_keys_with_a_suggestion()
    {
        using var folder = new TempFolder();
        var settings = SiteBuild.MinimalSite["site.yml"].Replace("language: en", "langauge: en");

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = settings });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownKey, 3), (error.Code, error.Location.Line));
        Assert.Contains("did you mean 'language'", error.Hint);
    }

    [Theory]
    [InlineData("en_US", "write it with a hyphen: language: en-US")]
    [InlineData("english", "such as en, en-GB")]
    [InlineData("klingon", "such as en, en-GB")]
    [InlineData("e", "such as en, en-GB")]
    public void A_language_that_is_not_a_language_tag_is_an_error_at_its_line(string language, string hint)
    {
        using var folder = new TempFolder();
        var settings = SiteBuild.MinimalSite["site.yml"].Replace("language: en", $"language: {language}");

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = settings });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, 3), (error.Code, error.Location.Line));
        Assert.Contains($"'{language}'", error.Message);
        Assert.Contains(hint, error.Hint);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    [InlineData("tlh")]
    [InlineData("de-CH-1996")]
    public void Language_tags_of_every_common_shape_are_taken(string language)
    {
        using var folder = new TempFolder();
        var settings = SiteBuild.MinimalSite["site.yml"].Replace("language: en", $"language: {language}");

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = settings });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"<html lang=\"{language}\">", result.Text("index.html"));
    }

    [Fact]
    public void Non_utf8_files_and_links_out_of_the_input_folder_are_errors()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        folder.WriteBytes("input/entries/latin1.md", [.. "---\nevent: Caf"u8, 0xE9, .. "\n---\n"u8]);
        var secret = folder.Write("secret.md", "---\nname: Secret\nkind: person\nsummary: s\n---\n");
        File.CreateSymbolicLink(folder["input/parties/secret.md"], secret);

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotUtf8 && d.Location.Line == 2);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SymbolicLink && d.Location.Path.EndsWith("secret.md"));
        Assert.False(result.Succeeded);
    }

    /// <summary>Opening a named pipe to read waits for a writer: the build hung on one (in entries/, static/ or anywhere in input/).</summary>
    [Fact]
    public void A_named_pipe_in_the_input_folder_is_an_error_not_a_hang()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        Directory.CreateDirectory(folder["input/static"]);
        Assert.Equal(0, Support.Fifo.Make(folder["input/entries/pipe.md"]));
        Assert.Equal(0, Support.Fifo.Make(folder["input/static/pipe.txt"]));

        var build = Task.Run(() => SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"])));

        Assert.True(build.Wait(TimeSpan.FromSeconds(60)), "the build is still waiting on the pipe");
        var errors = build.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["pipe.md", "pipe.txt"], errors.Select(e => Path.GetFileName(e.Location.Path)).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.UnreadableFile, e.Code));
        Assert.False(build.Result.Succeeded);
    }

    [Fact]
    public void A_file_that_cannot_be_read_gets_one_error_not_one_in_every_file_that_names_it()
    {
        // acme.md is named by widget's owner, by the entry's parties and by a link in its FAQ answer; the entry is linked from another entry.
        using var folder = new TempFolder();
        var linking = WidgetEvent("Acme launches Widget again", "2026-03-05") + "\nSee [the launch](/entries/acme-launches-widget/).\n";
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["entries/2026/acme-relaunches-widget.md"] = linking });
        folder.WriteBytes("input/parties/acme.md", [.. Encoding.UTF8.GetBytes(SiteBuild.MinimalSite["parties/acme.md"]), 0xE9]);
        folder.WriteBytes("input/entries/2026/acme-launches-widget.md", [.. Encoding.UTF8.GetBytes(SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]), 0xFF]);

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(["acme-launches-widget.md", "acme.md"], errors.Select(e => Path.GetFileName(e.Location.Path)).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.NotUtf8, e.Code));
    }

    [Fact]
    public void A_site_yml_saved_as_utf16_is_not_valid_utf8_and_not_also_missing()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        folder.WriteBytes("input/site.yml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SiteBuild.MinimalSite["site.yml"])).ToArray());

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.NotUtf8, "site.yml"), (error.Code, Path.GetFileName(error.Location.Path)));
    }

    [Fact]
    public void An_empty_site_yml_asks_for_the_site_s_fields_not_an_entry_s()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["site.yml"] = "# nothing yet\n" });

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site.yml is empty", error.Message);
        Assert.Contains("'title:'", error.Hint);
        Assert.DoesNotContain("'event:'", error.Hint);
    }

    [Fact]
    public void A_standalone_page_with_errors_gets_its_own_errors_not_a_broken_link_in_every_page_that_links_to_it()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"] + "\nSee [about](/about/) and [method](/method/).\n";
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = entry,
            ["pages/about.md"] = "---\ntitle: [unclosed\nsummary: About.\n---\nText.\n",
        });
        folder.WriteBytes("input/pages/method.md", [.. Encoding.UTF8.GetBytes("---\ntitle: Method\nsummary: How.\n---\nText "), 0xE9, (byte)'\n']);

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal([("about.md", DiagnosticCodes.YamlSyntax), ("method.md", DiagnosticCodes.NotUtf8)],
            errors.Select(e => (Path.GetFileName(e.Location.Path), e.Code)).Order());
    }

    /// <summary>The minimal site's entry without its question (so several can share a site), under another headline and date.</summary>
    private static string WidgetEvent(string name, string date) =>
        SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("faq:\n  - question: What is Widget?\n    answer: A product of [Acme](/parties/acme/).\n", "")
            .Replace("event: Acme launches Widget", $"event: {name}").Replace("date: 2026-03-05", $"date: {date}");

    [Fact]
    public void A_split_year_heads_its_own_page_dated_only_to_the_year_and_each_month_page_events()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-widget-year.md"] = WidgetEvent("Acme plans Widget", "2026"),
            ["entries/2026/acme-widget-april.md"] = WidgetEvent("Acme ships Widget", "2026-04-01"),
            ["entries/2026/acme-widget-may.md"] = WidgetEvent("Acme recalls Widget", "2026-05-01"),
        }, lists: new Explainer.Pages.ListLimits(PerPage: 2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<h2 id=\"period-events\">Dated only to the year</h2>", result.Text("timeline/2026/index.html"));
        Assert.Contains("Acme plans Widget", result.Text("timeline/2026/index.html"));
        Assert.Contains("<h2 id=\"period-events\">Events</h2>", result.Text("timeline/2026/04/index.html"));
        Assert.DoesNotContain("Dated only to the year", result.Text("timeline/2026/04/index.html"));
    }

    [Fact]
    public void A_split_month_is_listed_by_day_and_keeps_its_page_for_the_events_dated_only_to_the_month()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-widget-april.md"] = WidgetEvent("Acme plans Widget", "2026-04"),
            ["entries/2026/acme-widget-first.md"] = WidgetEvent("Acme ships Widget", "2026-04-01"),
            ["entries/2026/acme-widget-second.md"] = WidgetEvent("Acme prices Widget", "2026-04-01"),
            ["entries/2026/acme-widget-third.md"] = WidgetEvent("Acme recalls Widget", "2026-04-15"),
        }, lists: new Explainer.Pages.ListLimits(PerPage: 2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var april = result.Text("timeline/2026/04/index.html");
        Assert.Contains("4 events in April 2026, oldest first. The month is long, so it is listed by day.", april);
        Assert.Contains("<h2 id=\"period-events\">Dated only to the month</h2>", april);
        Assert.Contains("Acme plans Widget", april);
        Assert.DoesNotContain("Acme ships Widget", april);
        Assert.Contains("href=\"/explainer/timeline/2026/04/01/\">1 <span class=\"year-rail__count\">(2", april);
        var first = result.Text("timeline/2026/04/01/index.html");
        Assert.Contains("<h1>Timeline: 1 April 2026</h1>", first);
        Assert.Contains("2 events on 1 April 2026, oldest first.", first);
        Assert.Contains("Acme ships Widget", first);
        Assert.Contains("Acme prices Widget", first);
        Assert.Contains("href=\"/explainer/timeline/2026/04/01/\" aria-current=\"page\">1 <span", first);
        Assert.Contains("<a href=\"/explainer/timeline/2026/04/\">April 2026</a>", first);  // the trail runs through the month
        Assert.Contains("Acme recalls Widget", result.Text("timeline/2026/04/15/index.html"));
    }

    /// <summary>A site whose 2026 is split by month and a day of April by letters, with <c>ListLimits(PerPage: 2)</c>.</summary>
    public static Dictionary<string, string> BusyPeriodsInput()
    {
        var files = new Dictionary<string, string>
        {
            // 2026 is split by month (limit 2); three events are dated only to the year, so the year's page lists them by letter.
            ["entries/2026/acme-plans-widget.md"] = WidgetEvent("Acme plans Widget", "2026"),
            ["entries/2026/acme-prices-widget.md"] = WidgetEvent("Acme prices Widget", "2026"),
            ["entries/2026/bolt-buys-acme.md"] = WidgetEvent("Bolt buys a stake in Acme", "2026"),
            // Three on one day of a split month: "A" holds all three, so it lists the letters that follow.
            ["entries/2026/acme-ships-widget.md"] = WidgetEvent("Acme ships Widget", "2026-04-01"),
            ["entries/2026/acme-recalls-widget.md"] = WidgetEvent("Acme recalls Widget", "2026-04-01"),
            ["entries/2026/acme-sues-bolt.md"] = WidgetEvent("Acme sues Bolt", "2026-04-01"),
            ["entries/2026/acme-settles.md"] = WidgetEvent("Acme settles with Bolt", "2026-04-20"),
        };
        return files;
    }

    [Fact]
    public void Events_a_period_lists_itself_past_a_page_are_listed_by_the_first_letters_of_their_headlines()
    {
        using var folder = new TempFolder();
        var files = BusyPeriodsInput();
        var result = SiteBuild.Generate(folder, files, lists: new Explainer.Pages.ListLimits(PerPage: 2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var year = result.Text("timeline/2026/index.html");
        Assert.Contains("The 3 events dated only to the year are too many for one page, so they are listed by the first letters of their headlines.", year);
        Assert.DoesNotContain("Acme plans Widget", year);
        Assert.Contains("href=\"/explainer/timeline/2026/starting-with/a/\">A <span class=\"year-rail__count\">(2", year);
        Assert.Contains("href=\"/explainer/timeline/2026/starting-with/b/\">B <span class=\"year-rail__count\">(1", year);
        var a = result.Text("timeline/2026/starting-with/a/index.html");
        Assert.Contains("<h1>Timeline: 2026, “A”</h1>", a);
        Assert.Contains("2 events dated only to 2026 whose headlines start with “A”, oldest first.", a);
        Assert.Contains("Acme plans Widget", a);
        Assert.Contains("Acme prices Widget", a);
        Assert.Contains("<a href=\"/explainer/timeline/2026/\">2026</a>", a);  // the trail runs through the year

        var day = result.Text("timeline/2026/04/01/index.html");
        Assert.DoesNotContain("Acme ships Widget", day);
        var dayA = result.Text("timeline/2026/04/01/starting-with/a/index.html");
        Assert.Contains("3 events on 1 April 2026 whose headlines start with “A”: too many for one page, so they are listed by the letters that follow.", dayA);
        Assert.Contains("href=\"/explainer/timeline/2026/04/01/starting-with/acme-r/\">Acme r <span", dayA);
        Assert.Contains("Acme recalls Widget", result.Text("timeline/2026/04/01/starting-with/acme-r/index.html"));
        Assert.Contains("Acme ships Widget", result.Text("timeline/2026/04/01/starting-with/acme-s/index.html"));

        // Every event is on exactly one page of each list it is in, and no page lists more than the limit.
        var periodPages = result.Files.Select(f => f.Path).Where(p => p.StartsWith("timeline/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal) && p != "timeline/index.html").ToList();
        foreach (var path in files.Keys.Select(k => Path.GetFileNameWithoutExtension(k)))
            Assert.Single(periodPages, p => result.Text(p).Contains($"/entries/{path}/\"", StringComparison.Ordinal));
        Assert.All(periodPages, p => Assert.True(Regex.Matches(result.Text(p), "class=\"timeline__item ").Count <= 2, p));
    }

    [Fact]
    public void The_faq_splits_a_year_by_its_questions_as_well_as_its_events()
    {
        using var folder = new TempFolder();
        var widget = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"];
        string Questions(string topic, int count) => "faq:\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"  - question: What is {topic} question {i}?\n    answer: An answer.\n"));
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            // Two events against a limit of 2 a page, but 6 + 3 = 9 questions against 4 × 2: the FAQ's 2026 is listed by month, the timeline's is not.
            ["entries/2026/acme-launches-widget.md"] = widget.Replace("faq:\n  - question: What is Widget?\n    answer: A product of [Acme](/parties/acme/).\n", Questions("Widget", 6)),
            ["entries/2026/acme-recalls-widget.md"] = widget.Replace("event: Acme launches Widget", "event: Acme recalls Widget").Replace("date: 2026-03-05", "date: 2026-04-01")
                .Replace("faq:\n  - question: What is Widget?\n    answer: A product of [Acme](/parties/acme/).\n", Questions("the recall", 3)),
        }, lists: new Explainer.Pages.ListLimits(PerPage: 2));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("The year is long, so it is listed by month.", result.Text("faq/2026/index.html"));
        Assert.Contains("What is Widget question 6?", result.Text("faq/2026/03/index.html"));
        Assert.Contains("What is the recall question 3?", result.Text("faq/2026/04/index.html"));
        Assert.DoesNotContain("listed by month", result.Text("timeline/2026/index.html"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("timeline/2026/03/", StringComparison.Ordinal));
    }

    [Fact]
    public void Month_and_year_dates_read_as_month_and_year_on_the_timeline()
    {
        using var folder = new TempFolder();
        var files = new Dictionary<string, string>
        {
            ["entries/month.md"] = WidgetEvent("Acme launches Widget", "2026-03"),
            ["entries/year.md"] = WidgetEvent("Acme launches Widget", "2025"),
        };

        var result = SiteBuild.Generate(folder, files);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var timeline = result.Text("timeline/index.html");
        Assert.Contains("<time datetime=\"2026-03\">March 2026</time>", timeline);
        Assert.Contains("<time datetime=\"2025\">2025</time>", timeline);
        Assert.True(timeline.IndexOf("id=\"y2025\"", StringComparison.Ordinal) < timeline.IndexOf("id=\"y2026\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[x](javascript&#58;alert(1))", "javascript")]
    [InlineData("[x](<java\tscript:alert(1)>)", "javascript")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    [InlineData("[x][r]\n\n[r]: vbscript:msgbox(1)", "vbscript")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", "data")]
    [InlineData("[x](file:///etc/passwd)", "file")]
    public void Links_with_schemes_other_than_http_https_and_mailto_are_errors(string markdown, string scheme)
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"] + "\n\n" + markdown + "\n";

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Contains($"'{scheme}:'", error.Message);
        Assert.Equal(18, error.Location.Line);
    }

    [Fact]
    public void Ordinary_links_are_left_alone()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
            + "\n\n[a](https://example.org/a?b=c:d) [m](mailto:press@example.org) [f](#what-is-widget) <https://example.org/auto> www.example.org\n";

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("href=\"https://example.org/a?b=c:d\"", html);
        Assert.Contains("href=\"mailto:press@example.org\"", html);
        Assert.Contains("href=\"https://example.org/auto\"", html);
    }

    [Fact]
    public void A_broken_party_file_is_reported_once_not_again_as_an_unknown_party_in_each_entry()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["parties/widget.md"] = SiteBuild.MinimalSite["parties/widget.md"].Replace("kind: product", "kind: gadget"),
        });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.EndsWith("parties/widget.md", error.Location.Path);
    }

    [Fact]
    public void A_site_with_no_entries_or_parties_still_builds()
    {
        using var folder = new TempFolder();
        folder.Write("input/site.yml", SiteBuild.MinimalSite["site.yml"]);

        var result = SiteBuild.InMemory(new(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.File("timeline/index.html"));
    }

    [Fact]
    public void An_entry_with_front_matter_errors_still_has_its_parties_and_markdown_checked_in_the_same_run()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
            .Replace("date: 2026-03-05", "date: 2026-02-30")
            .Replace("parties: [acme, widget]", "parties: [acme, widgit]")
            .Replace("Acme **launched** Widget.", "See [the party](/parties/acne/) and [this](javascript:alert(1)).");

        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        Assert.Equal(
            [DiagnosticCodes.InvalidDate, DiagnosticCodes.UnknownParty, DiagnosticCodes.BrokenInternalLink, DiagnosticCodes.UnsafeLink],
            result.Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).Select(d => d.Code));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownParty && d.Hint!.Contains("did you mean 'widget'"));
    }

    [Fact]
    public void Links_to_an_entry_whose_own_file_has_errors_are_not_reported_as_broken()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("date: 2026-03-05", "date: 2026-03-55"),
            ["entries/2026/follow-up.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
                .Replace("Acme launches Widget\n", "Follow-up\n").Replace("question: What is Widget?", "question: What next?")
                .Replace("Acme **launched** Widget.", "See [the launch](/entries/acme-launches-widget/)."),
        });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
    }
}
