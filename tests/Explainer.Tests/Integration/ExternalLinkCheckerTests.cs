using Explainer.Cli;
using Explainer.Diagnostics;
using Explainer.Links;
using Explainer.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Explainer.Tests.Integration;

/// <summary>Issue 4: <c>check --external</c>, only ever against a server on 127.0.0.1 that this test starts: HEAD then GET, timeouts, bounded concurrency, warnings at the source.</summary>
public sealed class ExternalLinkCheckerTests : IAsyncLifetime
{
    private WebApplication? _server;
    private int _inFlight;
    private int _mostInFlight;

    private string Url(string path) => _server!.Urls.First() + path;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.Use(async (context, next) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            lock (this) _mostInFlight = Math.Max(_mostInFlight, now);
            try { await next(context); } finally { Interlocked.Decrement(ref _inFlight); }
        });
        _server.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        _server.MapGet("/gone", () => Results.NotFound());
        _server.MapMethods("/head-refused", ["HEAD"], () => Results.StatusCode(405));
        _server.MapGet("/head-refused", () => Results.Ok());
        _server.MapMethods("/moved", ["GET", "HEAD"], () => Results.Redirect("/ok"));
        _server.MapMethods("/slow", ["GET", "HEAD"], async () => { await Task.Delay(3000); return Results.Ok(); });
        _server.MapMethods("/busy/{n}", ["GET", "HEAD"], async (int n) => { await Task.Delay(200); return Results.Ok(); });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    [Fact]
    public async Task Dead_and_slow_links_are_warnings_at_their_source_and_live_ones_are_not()
    {
        var links = new[] { "/ok", "/gone", "/head-refused", "/moved", "/slow" }
            .Select((path, i) => new ExternalLink(Url(path), new SourceLocation("input/entries/a.md", i + 10, 5), $"the source '{path}'"))
            .ToList();
        using var checker = new ExternalLinkChecker();

        var warnings = await checker.CheckAsync(links, new ExternalLinkOptions(4, TimeSpan.FromSeconds(1)));

        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Equal(DiagnosticCodes.ExternalLinkFailed, w.Code));
        Assert.Equal([11, 14], warnings.Select(w => w.Location.Line));
        Assert.Contains("HTTP 404", warnings[0].Message);
        Assert.Contains("no answer within 1 s", warnings[1].Message);
    }

    [Fact]
    public async Task No_more_requests_than_the_concurrency_limit_are_in_flight()
    {
        var links = Enumerable.Range(0, 12).Select(i => new ExternalLink(Url($"/busy/{i}"), new SourceLocation("a.md", i + 1), "x")).ToList();
        using var checker = new ExternalLinkChecker();

        var warnings = await checker.CheckAsync(links, new ExternalLinkOptions(3, TimeSpan.FromSeconds(10)));

        Assert.Empty(warnings);
        Assert.InRange(_mostInFlight, 1, 3);
    }

    [Fact]
    public async Task A_url_used_twice_is_fetched_once_and_reported_at_both_places()
    {
        var links = new[] { new ExternalLink(Url("/gone"), new SourceLocation("a.md", 3), "x"), new ExternalLink(Url("/gone"), new SourceLocation("b.md", 7), "y") };
        using var checker = new ExternalLinkChecker();

        var warnings = await checker.CheckAsync(links, new ExternalLinkOptions());

        Assert.Equal(["a.md:3", "b.md:7"], warnings.Select(w => w.Location.ToString()));
    }

    [Fact]
    public void Check_external_reports_a_dead_source_as_a_warning_and_still_exits_0()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            ["entries/2026/acme-launches-widget.md"] = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"]
                .Replace("https://example.org/news/widget", Url("/gone")),
            ["parties/acme.md"] = SiteBuild.MinimalSite["parties/acme.md"].Replace("country: US", $"country: US\nwebsite: {Url("/ok")}"),
        });
        var output = new StringWriter();

        var exit = CheckCommand.Run(new CheckOptions(folder["input"], RepositoryPaths.Theme, GitHub: true, External: true,
            ExternalLinks: new ExternalLinkOptions(2, TimeSpan.FromSeconds(5))), output);

        Assert.Equal(ExitCodes.Success, exit);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"::warning file={folder["input/entries/2026/acme-launches-widget.md"]},line=", line);
        Assert.Contains("HTTP 404", line);
    }
}
