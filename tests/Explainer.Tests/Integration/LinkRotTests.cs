using Explainer.Cli;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Links;
using Explainer.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Explainer.Tests.Integration;

/// <summary>
/// Issue 11 point 5: the weekly link check sees every external URL (sources, archives, party websites, links in bodies and FAQ
/// answers) and writes the one issue's body: broken links where they are written, unarchived sources with a save link.
/// Only a server on 127.0.0.1 is ever contacted.
/// </summary>
public class LinkRotTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["entries/2026/acme-launches-widget.md"] = """
            ---
            event: Acme launches Widget
            date: 2026-03-05
            parties: [acme, widget]
            summary: Acme launched Widget.
            tags: [launches]
            sources:
              - title: Acme launches Widget
                publisher: Example News
                published: 2026-03-05
                url: {BASE}/source
                archived: {BASE}/archive
              - title: Unarchived story
                publisher: Example News
                published: 2026-03-06
                url: {BASE}/unarchived
            faq:
              - question: What is Widget?
                answer: See [the maker's page]({BASE}/faq-link).
            ---
            Acme **launched** Widget ([announcement]({BASE}/body-link)), see <{BASE}/autolink> and [a page](/parties/acme/).
            """,
        ["parties/acme.md"] = """
            ---
            name: Acme Corp
            kind: company
            summary: A company that exists only in tests.
            website: {BASE}/website
            ---
            Acme makes things ([about]({BASE}/party-body)).
            """,
    };

    [Fact]
    public void Every_external_url_is_collected_with_where_it_is_written()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, Files.ToDictionary(f => f.Key, f => f.Value.Replace("{BASE}", "https://example.org")));
        var (input, _) = new InputLoader(folder["input"]).Load();
        var content = ContentParser.Parse(input).Content!;

        var links = ExternalLink.Collect(content).Select(l => $"{Path.GetFileName(l.Location.Path)}:{l.Location.Line}:{l.Location.Column} {l.Url}");

        Assert.Equal([
            "acme-launches-widget.md:8:5 https://example.org/source",
            "acme-launches-widget.md:8:5 https://example.org/archive",
            "acme-launches-widget.md:13:5 https://example.org/unarchived",
            "acme-launches-widget.md:21:27 https://example.org/body-link",
            "acme-launches-widget.md:21:79 https://example.org/autolink",
            "acme-launches-widget.md:18:5 https://example.org/faq-link",
            "acme.md:1:1 https://example.org/website",
            "acme.md:7:20 https://example.org/party-body",
        ], links);
        Assert.Equal(["https://example.org/unarchived"], ExternalLink.Unarchived(content).Select(u => u.Source.Url));
    }

    [Fact]
    public async Task The_report_lists_broken_links_where_they_are_written_and_unarchived_sources_with_a_save_link()
    {
        await using var server = await LocalServer.StartAsync();
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, Files.ToDictionary(f => f.Key, f => f.Value.Replace("{BASE}", server.Base)));
        var report = folder["report.md"];

        var exit = CheckCommand.Run(new CheckOptions(folder["input"], RepositoryPaths.Theme, External: true,
            ExternalLinks: new ExternalLinkOptions(2, TimeSpan.FromSeconds(5)), ExternalReportPath: report), new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        var text = File.ReadAllText(report).Replace(server.Base, "BASE").Replace(folder.Path + "/", "");
        Assert.Contains("## Links that do not answer (2 of 8 checked)", text);
        Assert.Contains("| `input/entries/2026/acme-launches-widget.md:18:5` | a link in the answer to 'What is Widget?' | <BASE/faq-link> | HTTP 404 NotFound |\n", text);
        Assert.Contains("| `input/parties/acme.md:7:20` | a link on the page of 'Acme Corp' | <BASE/party-body> | HTTP 404 NotFound |\n", text);
        Assert.Contains("## Sources without an archive copy (1)", text);
        Assert.Contains("| `input/entries/2026/acme-launches-widget.md:13:5` | Unarchived story (<BASE/unarchived>) | [save](https://web.archive.org/save/BASE/unarchived) |\n", text);
    }

    [Fact]
    public void A_report_without_problems_says_none_and_table_cells_cannot_be_broken_out_of()
    {
        Assert.Contains("## Links that do not answer (0 of 3 checked)\n\nNone.", LinkRotReport.Render([], [], 3));
        var hostile = new BrokenLink(new ExternalLink("https://x.example/a|b", new SourceLocation("a.md", 1, 1), "the source 'x | y`z'"), "HTTP 404");
        var row = LinkRotReport.Render([hostile], [], 1).Split('\n').Single(l => l.StartsWith("| `a.md", StringComparison.Ordinal));
        Assert.Equal("| `a.md:1:1` | the source 'x \\| y'z' | <https://x.example/a\\|b> | HTTP 404 |", row);
    }

    [Fact]
    public void A_report_too_long_for_an_issue_lists_what_fits_broken_links_first_and_says_how_many_are_left()
    {
        var broken = Enumerable.Range(1, 3_000).Select(i => new BrokenLink(
            new ExternalLink($"https://news.example/{i:D5}/a-long-article-address", new SourceLocation($"input/entries/2026/entry-{i:D5}.md", 9, 5), $"the source 'Report {i}'"), "HTTP 404 NotFound")).ToList();
        var unarchived = Enumerable.Range(1, 5_000).Select(i => new UnarchivedSource($"Report {i}", $"entry-{i:D5}",
            $"https://news.example/{i:D5}/another-article", $"input/entries/2026/entry-{i:D5}.md:13:5")).ToList();

        var body = LinkRotReport.Render(broken, unarchived, 20_000);

        Assert.True(body.Length <= 65_536, $"{body.Length} characters");
        Assert.Contains("## Links that do not answer (3000 of 20000 checked)", body);
        Assert.Contains("## Sources without an archive copy (5000)", body);
        var brokenRows = body.Split('\n').Count(l => l.Contains("| HTTP 404 NotFound |", StringComparison.Ordinal));
        var sourceRows = body.Split('\n').Count(l => l.Contains("| [save](", StringComparison.Ordinal));
        Assert.InRange(brokenRows, 100, 2_999);
        Assert.InRange(sourceRows, 100, 4_999);
        Assert.Contains($"{3_000 - brokenRows} more broken links are not listed", body);
        Assert.Contains($"{5_000 - sourceRows} more sources are not listed", body);
        // The first in file order are the ones listed.
        Assert.Contains("| `input/entries/2026/entry-00001.md:9:5` |", body);
    }

    /// <summary>Answers 200 for every path except those ending in -link or -body, which are 404.</summary>
    private sealed class LocalServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private LocalServer(WebApplication app) => _app = app;
        public string Base => _app.Urls.First();

        public static async Task<LocalServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.Run(context =>
            {
                var path = context.Request.Path.Value ?? "";
                context.Response.StatusCode = path is "/faq-link" or "/party-body" ? 404 : 200;
                return Task.CompletedTask;
            });
            await app.StartAsync();
            return new LocalServer(app);
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
