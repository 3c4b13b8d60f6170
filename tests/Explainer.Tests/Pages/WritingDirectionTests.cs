using Explainer.Content;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// A site in a language written right to left (Persian, Arabic, Hebrew, Urdu…) says <c>dir="rtl"</c> on every page, so browsers
/// align and order its text from the right; the theme's CSS uses logical sides (inline start and end), so the layout mirrors.
/// </summary>
public class WritingDirectionTests
{
    [Theory]
    [InlineData("fa", true)]
    [InlineData("ar-EG", true)]
    [InlineData("he", true)]
    [InlineData("ur-PK", true)]
    [InlineData("pa-Arab", true)]
    [InlineData("az-Arab-IR", true)]
    [InlineData("en", false)]
    [InlineData("zh-Hans", false)]
    [InlineData("ku-Latn", false)]
    [InlineData("ar-Latn", false)]
    [InlineData("pa", false)]
    public void Right_to_left_languages_are_known_by_their_script_or_their_usual_one(string tag, bool rightToLeft) =>
        Assert.Equal(rightToLeft, LanguageTag.IsRightToLeft(tag));

    [Theory]
    [InlineData("fa", " dir=\"rtl\"")]
    [InlineData("en", "")]
    public void Every_page_says_the_site_s_direction_only_when_it_is_right_to_left(string language, string direction)
    {
        using var folder = new TempFolder();
        var siteYml = SiteBuild.MinimalSite["site.yml"].Replace("language: en", $"language: {language}");
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["site.yml"] = siteYml });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were built");
        Assert.All(pages, page => Assert.Contains($"<html lang=\"{language}\"{direction}>", result.Text(page.Path)));
    }

    /// <summary>The theme's stylesheets name no physical side: each would stay on the left of a page read from the right.</summary>
    [Fact]
    public void The_theme_s_stylesheets_use_logical_sides()
    {
        foreach (var css in Directory.GetFiles(Path.Combine(RepositoryPaths.Theme, "assets"), "*.css"))
        {
            var physical = File.ReadAllLines(css).Select((line, i) => (line, i))
                .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.line, @"\b(left|right)\b") && !l.line.Contains("[dir=\"rtl\"]", StringComparison.Ordinal))
                .Select(l => $"{Path.GetFileName(css)}:{l.i + 1}: {l.line.Trim()}").ToList();
            Assert.True(physical.Count == 0, "use inline-start/inline-end instead:\n" + string.Join("\n", physical));
        }
    }
}
