using System.Collections.Concurrent;
using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Output;
using Explainer.Pages;
using Explainer.Rendering;
using Explainer.Search;
using Explainer.SiteModel;
using Explainer.Theme;
using Explainer.Validation;

namespace Explainer.Build;

/// <summary>
/// The build, in order: load → parse → validate → render Markdown → site model → plan pages → check links → render templates → files.
/// Reads input and theme; each file goes to the <see cref="ISiteWriter"/> as soon as it is made (the build command's is
/// <see cref="OutputWriter"/>), and the result keeps only paths and hashes.
/// </summary>
public static class SiteGenerator
{
    /// <summary>The whole build, writing nothing (<c>check</c>).</summary>
    public static BuildResult Generate(BuildOptions options) => Generate(options, BuildStages.Full, HashingSiteWriter.Instance);

    public static BuildResult Generate(BuildOptions options, ISiteWriter writer) => Generate(options, BuildStages.Full, writer);

    /// <summary>The same build, with stages that may reuse the previous build's work (preview's incremental rebuilds).</summary>
    public static BuildResult Generate(BuildOptions options, BuildStages stages, ISiteWriter writer, StageTimings? timings = null)
    {
        var diagnostics = new List<Diagnostic>();
        var empty = new BuildResult(diagnostics, [], new BuildStatistics(0, 0, 0));

        // The theme is read and its templates parsed (one thread's work) while the input is read (parallel, but waiting on the disk).
        using var themeStage = BackgroundStage<(ThemeFiles?, TemplateRenderer?, IReadOnlyList<Diagnostic>)>.Start(() =>
        {
            var (files, found) = ThemeLoader.Load(options.ThemeFolder);
            var (parsed, problems) = files is null ? (null, []) : stages.ParseTemplates(files);
            return (files, parsed, [.. found, .. problems]);
        });
        // Git runs as a process of its own (a long history takes it a while): asked now, its answer is ready when the site model needs it.
        using var historyStage = BackgroundStage<History.RepositoryHistory>.Start(() => stages.ReadHistory(options));
        var (input, loadDiagnostics) = stages.LoadInput(options.InputFolder);
        diagnostics.AddRange(loadDiagnostics);
        diagnostics.AddRange(ValueCutByCommentRule.Check(input.Entries.Concat(input.Parties)));
        // What the later stages need of the input, taken out so that no closure holds the input itself: its files' text (~75 MB
        // at 10,000 entries) is garbage once parsed, and kept alive it made every collection of the render stage dearer.
        var inputFolder = input.Folder;
        var staticFiles = input.StaticFiles;
        var settingsShown = input.SiteSettings?.DisplayPath ?? $"{inputFolder}/site.yml";
        timings?.Mark("load");

        var (theme, templates, themeDiagnostics) = themeStage.Result;
        diagnostics.AddRange(themeDiagnostics);
        timings?.Mark("theme");

        var (content, parseDiagnostics) = ContentParser.Parse(input, stages.ParseEntry, stages.ParseParty);
        var charactersNamed = CharactersNamed(loadDiagnostics);
        diagnostics.AddRange(ExceptCharactersAlreadyNamed(parseDiagnostics, charactersNamed));
        timings?.Mark("parse");
        if (content is null || templates is null || theme is null) return empty with { Diagnostics = diagnostics.Ordered() };

        // A party file that could not be read has its own error; entries naming it are not wrong as well.
        var partyFileIds = input.Parties.Select(f => f.Name).Concat(input.UnreadParties).ToHashSet(StringComparer.Ordinal);
        // The pages of files that could not be read, taken out now: the input (and its text) need not live until the link check.
        var unreadPages = input.UnreadEntries.Select(SitePaths.Entry).Concat(input.UnreadParties.Select(SitePaths.Party))
            .Concat(input.UnreadPages.Select(SitePaths.Page)).ToList();
        var failedEntries = Unparsed(input.Entries, content.Entries, e => e.RelativePath);
        // The checks that compare entries with each other only report: they run beside Markdown and the site model, and are
        // joined before anything depends on whether the build has errors.
        using var crossChecks = StartCrossChecks(content, partyFileIds, failedEntries.Count, inputFolder);
        timings?.Mark("cross-checks started");
        var failedParties = Unparsed(input.Parties, content.Parties, p => p.RelativePath);
        var failedPages = Unparsed(input.Pages, content.Pages, p => p.RelativePath);
        // Duplicates are already reported; keeping the first lets the later stages still check everything else.
        content = content with { Entries = content.Entries.DistinctBy(e => e.Slug, StringComparer.Ordinal).ToList() };
        var (entryCount, partyCount) = (content.Entries.Count, content.Parties.Count);

        var urls = new SiteUrls(
            SiteUrls.NormaliseBasePath(options.BasePath ?? content.Settings.UrlPath),
            options.Url is null ? content.Settings.Url : new Uri(options.Url));
        var markdown = stages.CreateMarkdown(urls.BasePath);
        var rendered = ContentRenderer.Render(content, markdown, stages.RenderEntry, stages.RenderParty);
        diagnostics.AddRange(ExceptCharactersAlreadyNamed(rendered.Diagnostics, charactersNamed));
        var failed = FailedFileChecker.Check(failedEntries, failedParties, markdown, partyFileIds, inputFolder);
        diagnostics.AddRange(ExceptCharactersAlreadyNamed(failed.Diagnostics, charactersNamed));
        timings?.Mark("markdown");

        diagnostics.AddRange(PageSlugValidator.Validate(content.Pages));
        diagnostics.AddRange(IndexFolderRule.Check(content));
        diagnostics.AddRange(SourcingValidator.Validate(content));
        diagnostics.AddRange(TagNamesRule.Check(content));
        diagnostics.AddRange(FutureDateRule.Check(content, options.Today));
        var history = historyStage.Result;
        if (history.Shallow) diagnostics.Add(SourcingValidator.ShallowHistory());
        timings?.Mark("history");

        var site = stages.BuildSite(content.Settings, urls, rendered.Entries, rendered.Parties, rendered.Pages, history);
        diagnostics.AddRange(CorrectionDateRule.Check(site));
        var views = stages.CreateViews(site, templates);
        timings?.Mark("model");
        diagnostics.AddRange(crossChecks.Result);
        timings?.Mark("cross-checks joined");
        // The data files need only the site model: they are made and written while the pages are planned, checked and rendered
        // (a 10,000-entry build kept both CPUs busy only three quarters of the time). A build that has already failed only counts them.
        var dataWriter = diagnostics.HasErrors() ? HashingSiteWriter.Instance : writer;
        using var data = BackgroundStage<Data.DataDownloads>.Start(() => stages.MakeData(site, dataWriter));
        var dataPaths = Data.DataFiles.Paths(site).ToList();
        var pages = PagePlanner.Plan(site, views, options.Lists, () => data.Result);
        timings?.Mark("plan");

        var feedItems = stages.CreateFeedItems(site);
        // Independent of each other, so made side by side (in order: the list is the same in every build).
        var generatedFiles = new Func<IEnumerable<OutputFile>>[]
        {
            () => [FeedWriter.Write(feedItems)],
            () => [JsonFeedWriter.Write(feedItems)],
            () => [CorrectionsFeedWriter.Write(site)],
            () => [.. stages.Sitemap(site, pages, options.Lists.SitemapUrls), SitemapWriter.Robots(site)],
            () => [stages.SearchWords(site)],
            () => TopicFeeds.Write(feedItems),
            () => stages.FaqAnchors(site),
            () => theme.Assets.Select(a => new OutputFile(a.OutputPath, a.Bytes)),
            () => Schemas.SchemaFiles.Load(options.InputFolder),
        }.AsParallel().AsOrdered().SelectMany(make => make()).ToList();
        // Checked before anything is written: a static file never replaces a generated one (which copy won used to depend on timing).
        diagnostics.AddRange(StaticFileValidator.Validate(staticFiles, pages.Select(p => p.OutputPath).Concat(generatedFiles.Select(f => f.Path)).Concat(dataPaths)));
        var otherFiles = generatedFiles.Concat(staticFiles.Select(s => new OutputFile(s.OutputPath, s.Bytes))).ToList();

        // A page whose own file has errors, or could not be read, will exist once they are fixed: links to it are not broken, only waiting.
        var pendingPages = failedEntries.Select(f => SitePaths.Entry(f.Name)).Concat(failedParties.Select(f => SitePaths.Party(f.Name)))
            .Concat(failedPages.Select(f => SitePaths.Page(f.Name))).Concat(unreadPages);
        var linkTargets = pages.Select(p => p.OutputPath)
            .Concat(pendingPages.Select(SitePaths.File))
            .Concat(otherFiles.Select(f => f.Path))
            .Concat(dataPaths)
            .ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(InternalLinkValidator.Validate(rendered.Links.Concat(failed.Links), linkTargets));
        timings?.Mark("other files+links");

        var statistics = new BuildStatistics(entryCount, partyCount, pages.Count);
        if (diagnostics.HasErrors()) return new BuildResult(diagnostics.Ordered(), [], statistics);

        var selection = stages.SelectPages(site, templates, pages);
        var pageIds = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var (pageFiles, renderDiagnostics) = RenderPages(selection.Render, templates, views, writer, AnchorRule.PagesToScan(rendered.Links), pageIds);
        diagnostics.AddRange(renderDiagnostics);
        timings?.Mark("render+write pages");
        if (diagnostics.HasErrors()) return new BuildResult(diagnostics.Ordered(), [], statistics);

        var written = otherFiles.AsParallel().Select(f => writer.Write(f.Path, f.Bytes)).ToList();
        timings?.Mark("write other files");
        var dataFiles = data.Result.Files;
        if (!dataFiles.Select(f => f.Path).SequenceEqual(dataPaths))
            throw new InvalidOperationException("the data files written differ from the paths DataFiles.Paths announced for them");
        var files = pageFiles.Concat(selection.Unchanged).Concat(dataFiles).Concat(written).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        timings?.Mark("wait for data files");
        // Anchors exist only once pages are rendered, so links into them are checked last, against the pages' real ids.
        // Old faq/#question links still work: the FAQ index's script sends them to the question on its entry page.
        if (pageIds.TryGetValue(SitePaths.File(SitePaths.Faq), out var faqIds))
            pageIds[SitePaths.File(SitePaths.Faq)] = faqIds.Concat(FaqAnchorMap.Targets(site).Select(t => t.Anchor)).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(AnchorRule.Validate(rendered.Links, pageIds));
        diagnostics.AddRange(SiteSizeRule.Check(files, settingsShown));
        diagnostics.AddRange(ListPageWeightRule.Check(pages, files));
        timings?.Mark("anchors");
        if (diagnostics.HasErrors()) return new BuildResult(diagnostics.Ordered(), [], statistics);
        return new BuildResult(diagnostics.Ordered(), files, statistics)
        {
            Downloads = dataPaths.ToHashSet(StringComparer.Ordinal),
            SearchGlob = SearchScope.Glob(theme, pages, staticFiles),
        };
    }

    /// <summary>
    /// Later findings, less the control characters the loader already named on the same line of the same file. The field and
    /// Markdown checks look again for what escapes in YAML strings can produce (<c>"\x01"</c>), and a character that is in the
    /// file itself was then reported twice or three times.
    /// </summary>
    private static IEnumerable<Diagnostic> ExceptCharactersAlreadyNamed(IEnumerable<Diagnostic> found, IReadOnlySet<(string Path, int Line)> named) =>
        named.Count == 0 ? found : found.Where(d => d.Code != DiagnosticCodes.ForbiddenCharacter || !named.Contains((d.Location.Path, d.Location.Line)));

    /// <summary>The files and lines where the loader named a control character (almost always none).</summary>
    private static IReadOnlySet<(string Path, int Line)> CharactersNamed(IReadOnlyList<Diagnostic> loadDiagnostics) =>
        loadDiagnostics.Where(d => d.Code == DiagnosticCodes.ForbiddenCharacter).Select(d => (d.Location.Path, d.Location.Line)).ToHashSet();

    /// <summary>The files that gave no entry, party or page (their errors are reported already).</summary>
    private static List<InputFile> Unparsed<T>(IReadOnlyList<InputFile> files, IReadOnlyList<T> parsed, Func<T, string> relativePath) =>
        // Each file gives at most one, so equal counts mean none failed (the usual case; a set of 10,000 paths otherwise).
        parsed.Count == files.Count ? [] : files.ExceptBy(parsed.Select(relativePath), f => f.RelativePath).ToList();

    /// <summary>
    /// <see cref="CrossChecks"/> in the background. Started from here, not from a lambda in <see cref="Generate(BuildOptions, BuildStages, ISiteWriter, StageTimings?)"/>:
    /// that method's lambdas share one closure that lives as long as the build, and the parsed content in it kept every entry's
    /// Markdown alive to the end. This closure goes with the task once it has run.
    /// </summary>
    private static BackgroundStage<IReadOnlyList<Diagnostic>> StartCrossChecks(Model.SiteContent content, IReadOnlySet<string> partyFileIds, int failedEntries, string inputFolder) =>
        BackgroundStage<IReadOnlyList<Diagnostic>>.Start(() => CrossChecks(content, partyFileIds, failedEntries, inputFolder));

    /// <summary>What no single file can show: references between files, duplicates, and (when every entry parsed) lone tags and likely repeated events.</summary>
    private static IReadOnlyList<Diagnostic> CrossChecks(Model.SiteContent content, IReadOnlySet<string> partyFileIds, int failedEntries, string inputFolder)
    {
        var diagnostics = new List<Diagnostic>(CrossReferenceValidator.Validate(content, partyFileIds, inputFolder));
        if (failedEntries == 0)
        {
            // Both compare entries with each other: with an entry missing, every tag only it shares would look lonely.
            diagnostics.AddRange(LoneTagRule.Check(content.Entries));
            diagnostics.AddRange(LikelyDuplicateEventRule.Check(content.Entries));
        }
        return diagnostics;
    }

    /// <summary>
    /// One render worker per CPU. Parallel.ForEach otherwise takes every thread the pool has ready, and the project starts the
    /// pool with 8 (Explainer.csproj): on 2 CPUs, 8 workers took turns, each with buffers of its own, and the stage ran slower.
    /// 10,000 entries on tmpfs, 5 alternating runs: median 3.41 against 3.57 s, peak memory 513 against 554 MiB.
    /// </summary>
    private static readonly ParallelOptions RenderWorkers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Renders pages in parallel, each written as soon as it is rendered: no page is held until the end of the build.</summary>
    private static (IReadOnlyList<SiteFile> Files, IReadOnlyList<Diagnostic> Diagnostics) RenderPages(
        IReadOnlyList<PlannedPage> pages, TemplateRenderer templates, ViewFactory views, ISiteWriter writer,
        IReadOnlySet<string> scanForIds, ConcurrentDictionary<string, IReadOnlySet<string>> pageIds)
    {
        var files = new ConcurrentBag<SiteFile>();
        var errors = new ConcurrentBag<Diagnostic>();
        // Each worker renders its pages into buffers of its own that grow to the largest page (see Utf8PageWriter).
        Parallel.ForEach(pages, RenderWorkers, () => new PageBuffers(), (page, _, buffers) =>
        {
            var error = templates.RenderPage(page.Template, views.Site, page.Page(), page.Model(), buffers);
            if (error is null)
            {
                var html = buffers.Page.Bytes;
                if (scanForIds.Contains(page.OutputPath)) pageIds[page.OutputPath] = AnchorRule.IdsOf(Encoding.UTF8.GetString(html));
                files.Add(writer.Write(page.OutputPath, html));
            }
            else errors.Add(error);
            return buffers;
        }, _ => { });
        // One broken template fails every page that uses it; report it once.
        var distinct = errors.GroupBy(e => (e.Location.Path, e.Code)).Select(g => g.OrderBy(e => e.Message, StringComparer.Ordinal).First()).ToList();
        return (files.ToList(), distinct);
    }
}
