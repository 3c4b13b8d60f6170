using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>A broken theme is reported like broken content: located, coded, never a crash.</summary>
public class ThemeErrorTests
{
    private static GeneratedSite BuildWithTheme(TempFolder folder, Action<string> breakTheme)
    {
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var theme = folder.CopyFrom(RepositoryPaths.Theme, "theme");
        breakTheme(theme);
        return SiteBuild.InMemory(new BuildOptions(folder["input"], theme, folder["output"]));
    }

    [Fact]
    public void An_unclosed_tag_is_a_syntax_error_at_its_line()
    {
        using var folder = new TempFolder();
        var result = BuildWithTheme(folder, theme => File.AppendAllText(Path.Combine(theme, "pages/faq.liquid"), "\n{% if x %}\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.EndsWith("pages/faq.liquid", error.Location.Path);
        Assert.True(error.Location.Line > 1);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public void An_unknown_filter_fails_the_build_instead_of_rendering_silently()
    {
        using var folder = new TempFolder();
        var result = BuildWithTheme(folder, theme =>
        {
            var layout = Path.Combine(theme, "layouts/base.liquid");
            File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ site.title }}", "{{ site.title | upcasee }}"));
        });

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRender && d.Message.Contains("upcasee"));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_missing_page_template_is_named()
    {
        using var folder = new TempFolder();
        var result = BuildWithTheme(folder, theme => File.Delete(Path.Combine(theme, "pages/tag.liquid")));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateMissing && d.Message.Contains("pages/tag.liquid"));
    }

    [Fact]
    public void A_render_of_a_partial_the_theme_lacks_names_the_partial_instead_of_crashing()
    {
        using var folder = new TempFolder();
        var result = BuildWithTheme(folder, theme =>
        {
            var home = Path.Combine(theme, "pages/home.liquid");
            File.AppendAllText(home, "\n{% render 'partials/no-such-card' %}\n");
        });

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRender);
        Assert.EndsWith("pages/home.liquid", error.Location.Path);
        Assert.Contains("partials/no-such-card.liquid", error.Message);
        Assert.Empty(result.Files);
    }
}
