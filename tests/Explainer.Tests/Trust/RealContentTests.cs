using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Trust;

/// <summary>Issue 9 on the real site: the timeline order the article supports, and the warnings check must print.</summary>
public class RealContentTests
{
    private static readonly Lazy<GeneratedSite> Real = new(() =>
        SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused", GitHistory: false)));

    [Fact]
    public void The_timeline_follows_what_the_article_supports()
    {
        // The year page lists its events oldest first (the timeline index shows the latest events newest first).
        var timeline = Real.Value.Text("timeline/2026/index.html");
        string[] order =
        [
            "claude-code-experiment-identifies-chinese-users",   // March 2026 (uncertain)
            "alibaba-to-ban-claude-code",                          // by 4 July 2026 (ties ordered by slug)
            "anthropic-restricts-chinese-companies",               // by 4 July 2026
            "thariq-shihipar-acknowledges-claude-code-experiment", // by 4 July 2026
            "alibaba-claude-code-ban-starts",                      // 10 July 2026, scheduled
        ];
        var positions = order.Select(slug => timeline.IndexOf($"/entries/{slug}/\"", StringComparison.Ordinal)).ToArray();
        Assert.True(positions.All(p => p > 0) && positions.SequenceEqual(positions.Order()), string.Join(", ", positions));
        Assert.Contains("By 4 July 2026", timeline);
        Assert.Contains("March 2026 (uncertain)", timeline);
    }

    [Fact]
    public void Check_on_the_real_input_warns_about_every_source_without_a_link_and_reports_no_errors()
    {
        var diagnostics = Real.Value.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        // One article with no URL or archived copy, cited by 5 entries and 6 parties.
        Assert.Equal(11, diagnostics.Count(d => d.Code == DiagnosticCodes.SourceWithoutLink));
        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.PartyWithoutSources or DiagnosticCodes.SingleSourceConfirmed or DiagnosticCodes.EventAfterSources);
    }

    [Fact]
    public void No_page_or_README_sentence_claims_more_sourcing_than_the_data_has()
    {
        var home = Real.Value.Text("index.html");
        Assert.Contains("5 events · 1 source · 0 with a link", home);
        Assert.DoesNotContain("linked to its sources", home);
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.DoesNotContain("Every claim on the site links to its sources", readme);
    }

    [Fact]
    public void The_standing_pages_exist_and_every_page_links_them()
    {
        foreach (var path in new[] { "about/index.html", "how-we-source/index.html", "corrections/index.html", "corrections-policy/index.html" })
            Assert.NotNull(Real.Value.File(path));
        foreach (var page in Real.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
            Assert.Contains("href=\"/explainer/about/\"", html);
            Assert.Contains("href=\"/explainer/how-we-source/\"", html);
            Assert.Contains("href=\"/explainer/corrections/\"", html);
        }
    }
}
