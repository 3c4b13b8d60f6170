using System.Collections.Concurrent;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Output;
using Explainer.Pages;
using Explainer.Rendering;
using Explainer.SiteModel;
using Explainer.Theme;
using Explainer.Validation;

namespace Explainer.Build;

/// <summary>
/// The build, in order: load → parse → validate → render Markdown → site model → plan pages → check links → render templates → files.
/// Reads input and theme, returns files; writing them is <see cref="OutputWriter"/>'s job.
/// </summary>
public static class SiteGenerator
{
    public static BuildResult Generate(BuildOptions options) => Generate(options, BuildStages.Full);

    /// <summary>The same build, with stages that may reuse the previous build's work (preview's incremental rebuilds).</summary>
    public static BuildResult Generate(BuildOptions options, BuildStages stages)
    {
        var diagnostics = new List<Diagnostic>();
        var empty = new BuildResult(diagnostics, [], new BuildStatistics(0, 0, 0));

        var (input, loadDiagnostics) = stages.LoadInput(options.InputFolder);
        diagnostics.AddRange(loadDiagnostics);

        var (theme, themeDiagnostics) = ThemeLoader.Load(options.ThemeFolder);
        diagnostics.AddRange(themeDiagnostics);
        var (templates, templateDiagnostics) = theme is null ? (null, []) : stages.ParseTemplates(theme);
        diagnostics.AddRange(templateDiagnostics);

        var (content, parseDiagnostics) = ContentParser.Parse(input, stages.ParseEntry, stages.ParseParty);
        diagnostics.AddRange(parseDiagnostics);
        if (content is null || templates is null || theme is null) return empty with { Diagnostics = diagnostics.Ordered() };

        var partyFileIds = input.Parties.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(CrossReferenceValidator.Validate(content, partyFileIds, input.Folder));
        var failedEntries = input.Entries.ExceptBy(content.Entries.Select(e => e.RelativePath), f => f.RelativePath).ToList();
        var failedParties = input.Parties.ExceptBy(content.Parties.Select(p => p.RelativePath), f => f.RelativePath).ToList();
        // Duplicates are already reported; keeping the first lets the later stages still check everything else.
        content = content with { Entries = content.Entries.DistinctBy(e => e.Slug, StringComparer.Ordinal).ToList() };

        var urls = new SiteUrls(
            SiteUrls.NormaliseBasePath(options.BasePath ?? content.Settings.UrlPath),
            options.Url is null ? content.Settings.Url : new Uri(options.Url));
        var markdown = stages.CreateMarkdown(urls.BasePath);
        var rendered = ContentRenderer.Render(content, markdown, stages.RenderEntry, stages.RenderParty);
        diagnostics.AddRange(rendered.Diagnostics);
        var failed = FailedFileChecker.Check(failedEntries, failedParties, markdown, partyFileIds, input.Folder);
        diagnostics.AddRange(failed.Diagnostics);

        var site = SiteModelBuilder.Build(content.Settings, urls, rendered.Entries, rendered.Parties);
        var views = stages.CreateViews(site);
        var pages = PagePlanner.Plan(site, views);

        var generatedFiles = new List<OutputFile> { FeedWriter.Write(site), SitemapWriter.Sitemap(site, pages), SitemapWriter.Robots(site) };
        generatedFiles.AddRange(theme.Assets.Select(a => new OutputFile(a.OutputPath, a.Bytes)));
        generatedFiles.AddRange(Schemas.SchemaFiles.Load(options.InputFolder));
        // Checked before anything is written: a static file never replaces a generated one (which copy won used to depend on timing).
        diagnostics.AddRange(StaticFileValidator.Validate(input.StaticFiles, pages.Select(p => p.OutputPath).Concat(generatedFiles.Select(f => f.Path))));
        var otherFiles = generatedFiles.Concat(input.StaticFiles.Select(s => new OutputFile(s.OutputPath, s.Bytes))).ToList();

        // A page whose own file has errors will exist once they are fixed: links to it are not broken, only waiting.
        var pendingPages = failedEntries.Select(f => SitePaths.Entry(f.Name)).Concat(failedParties.Select(f => SitePaths.Party(f.Name)));
        var linkTargets = pages.Select(p => p.OutputPath)
            .Concat(pendingPages.Select(SitePaths.File))
            .Concat(otherFiles.Select(f => f.Path))
            .ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(InternalLinkValidator.Validate(rendered.Links.Concat(failed.Links), linkTargets));

        var statistics = new BuildStatistics(content.Entries.Count, content.Parties.Count, pages.Count);
        if (diagnostics.HasErrors()) return new BuildResult(diagnostics.Ordered(), [], statistics);

        var selection = stages.SelectPages(site, templates, pages);
        var (pageFiles, renderDiagnostics) = RenderPages(selection.Render, templates, views);
        diagnostics.AddRange(renderDiagnostics);
        if (diagnostics.HasErrors()) return new BuildResult(diagnostics.Ordered(), [], statistics);

        var files = pageFiles.Concat(selection.Unchanged).Concat(otherFiles).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new BuildResult(diagnostics.Ordered(), files, statistics);
    }

    /// <summary>The templates the page planner uses; checked up front so a missing one is reported before any rendering.</summary>
    public static readonly IReadOnlyList<string> PageTemplates =
        ["pages/home", "pages/timeline", "pages/faq", "pages/entry", "pages/parties", "pages/party", "pages/tags", "pages/tag", "pages/search", "pages/not-found"];

    private static (IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics) RenderPages(
        IReadOnlyList<PlannedPage> pages, TemplateRenderer templates, ViewFactory views)
    {
        var files = new ConcurrentBag<OutputFile>();
        var errors = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(pages, page =>
        {
            var (html, error) = templates.RenderPage(page.Template, views.Site, page.Page(), page.Model());
            if (html is not null) files.Add(OutputFile.Text(page.OutputPath, html.Replace("\r\n", "\n")));
            if (error is not null) errors.Add(error);
        });
        // One broken template fails every page that uses it; report it once.
        var distinct = errors.GroupBy(e => (e.Location.Path, e.Code)).Select(g => g.OrderBy(e => e.Message, StringComparer.Ordinal).First()).ToList();
        return (files.ToList(), distinct);
    }
}
