using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Output;
using Explainer.Pages;
using Explainer.Rendering;
using Explainer.SiteModel;
using Explainer.Theme;

namespace Explainer.Preview;

/// <summary>
/// Build stages that remember their results between rebuilds: files are read again only when their stamp changed, parsed and
/// rendered again only when their text changed, templates parsed again only when a template changed, and only the pages
/// <see cref="PageDependencies"/> names are rendered again. Used by one <see cref="IncrementalBuilder"/>, one build at a time.
/// </summary>
internal sealed class ReusingStages : BuildStages
{
    private readonly InputLoadCache _files = new();
    private readonly Memo<InputFile, (Entry?, IReadOnlyList<Diagnostic>)> _entries = new();
    private readonly Memo<InputFile, (Party?, IReadOnlyList<Diagnostic>)> _parties = new();
    private readonly Memo<Entry, ContentRenderer.EntryRendering> _renderedEntries = new();
    private readonly Memo<Party, ContentRenderer.PartyRendering> _renderedParties = new();
    private (IReadOnlyDictionary<string, ThemeTemplate> Sources, TemplateRenderer? Templates, IReadOnlyList<Diagnostic> Diagnostics)? _templates;
    private MarkdownRenderer? _markdown;
    private ViewFactory? _views;

    private LastBuild? _last;
    private LastBuild? _pending;

    /// <summary>The base path of the latest build that got as far as rendering Markdown.</summary>
    public string? BasePath => _markdown?.BasePath;

    /// <summary>Pages rendered by the latest build.</summary>
    public int PagesRendered { get; private set; }

    /// <summary>Entries and parties parsed again (not remembered) by the latest build.</summary>
    public int FilesParsed { get; private set; }

    public void Invalidate(IEnumerable<string> changedPaths) => _files.Invalidate(changedPaths);

    /// <summary>Forgets every file stamp, for when the watcher lost track (its buffer overflowed).</summary>
    public void ForgetFiles() => _files.Clear();

    public override (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) LoadInput(string inputFolder) =>
        new InputLoader(inputFolder).Load(_files);

    public override (TemplateRenderer? Templates, IReadOnlyList<Diagnostic> Diagnostics) ParseTemplates(ThemeFiles theme)
    {
        if (_templates is { } known && SameSources(known.Sources, theme.Templates)) return (known.Templates, known.Diagnostics);
        var (templates, diagnostics) = base.ParseTemplates(theme);
        _templates = (theme.Templates, templates, diagnostics);
        return (templates, diagnostics);
    }

    public override (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics) ParseEntry(InputFile file) => _entries.Get(file, base.ParseEntry);

    public override (Party? Party, IReadOnlyList<Diagnostic> Diagnostics) ParseParty(InputFile file) => _parties.Get(file, base.ParseParty);

    public override MarkdownRenderer CreateMarkdown(string basePath)
    {
        if (_markdown?.BasePath == basePath) return _markdown;
        // Links in rendered Markdown carry the base path, so a new one invalidates every rendering.
        _renderedEntries.Clear();
        _renderedParties.Clear();
        return _markdown = base.CreateMarkdown(basePath);
    }

    // Not base.RenderEntry, which drops the body's Markdown once rendered: the next save's reuse needs the parsed entry itself.
    public override ContentRenderer.EntryRendering RenderEntry(Entry entry, MarkdownRenderer markdown) =>
        _renderedEntries.Get(entry, e => ContentRenderer.RenderEntry(e, markdown));

    public override ContentRenderer.PartyRendering RenderParty(Party party, MarkdownRenderer markdown) =>
        _renderedParties.Get(party, p => base.RenderParty(p, markdown));

    /// <summary>The previous model with the saved entries swapped in, when they file in the same places (<see cref="SiteModelUpdate"/>).</summary>
    public override Site BuildSite(SiteSettings settings, SiteUrls urls, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<RenderedParty> parties,
        IReadOnlyList<RenderedPage> pages, History.RepositoryHistory history)
    {
        var updated = _model is { } last ? SiteModelUpdate.Apply(last.Site, last.Entries, last.Parties, settings, urls, entries, parties) : null;
        // Standalone pages and history are not part of what the update compares; set as a full build sets them.
        var site = updated is null ? base.BuildSite(settings, urls, entries, parties, pages, history)
            : ReferenceEquals(updated.Pages, pages) && ReferenceEquals(updated.History, history) ? updated : updated with { Pages = pages, History = history };
        // A pure function of its arguments: kept whether or not the build goes on to succeed.
        _model = (entries, parties, site);
        return site;
    }

    private (IReadOnlyList<RenderedEntry> Entries, IReadOnlyList<RenderedParty> Parties, Site Site)? _model;

    /// <summary>Git history is read once per preview session: commits during a preview are rare, rebuilds are not.</summary>
    public override History.RepositoryHistory ReadHistory(BuildOptions options) => _history ??= base.ReadHistory(options);

    private History.RepositoryHistory? _history;

    public override ViewFactory CreateViews(Site site, TemplateRenderer templates) => _views = new ViewFactory(site, templates, _views);

    public override FeedItems CreateFeedItems(Site site) => _feedItems = new FeedItems(site, _feedItems);

    private FeedItems? _feedItems;

    public override IReadOnlyList<OutputFile> Sitemap(Site site, IReadOnlyList<PlannedPage> pages, int urlsPerFile) =>
        (_sitemap = SitemapWriter.Sitemap(site, pages, urlsPerFile, _sitemap)).Files;

    private SitemapWriter.Made? _sitemap;

    public override OutputFile SearchWords(Site site) => (_searchWords = Search.SearchVocabulary.Write(site, _searchWords)).File;

    private Search.SearchVocabulary.Made? _searchWords;

    public override IReadOnlyList<OutputFile> FaqAnchors(Site site) => (_faqAnchors = FaqAnchorMap.Files(site, _faqAnchors)).Files;

    private FaqAnchorMap.Made? _faqAnchors;

    /// <summary>
    /// Unchanged entries' data records, rows and events are taken from the previous build (see <see cref="Data.EntryDataCache"/>),
    /// and so is every data file made of the same parts. Kept only when the build succeeds: a failed build's files never reach
    /// the output, so they cannot stand for the next build's.
    /// </summary>
    public override Data.DataDownloads MakeData(Site site, Output.ISiteWriter writer) =>
        _pendingData = Data.DataFiles.Make(site, writer, _data ?? Data.DataDownloads.Empty);

    private Data.DataDownloads? _data;
    private Data.DataDownloads? _pendingData;

    public override PageSelection SelectPages(Site site, TemplateRenderer templates, IReadOnlyList<PlannedPage> pages)
    {
        _pending = new LastBuild(site, templates, PageDependencies.Record(pages), new Dictionary<string, SiteFile>());
        var affected = _last is not null && ReferenceEquals(_last.Templates, templates) ? PageDependencies.Affected(_last.Site, _last.Pages, site, pages) : null;
        if (affected is null) return Selected(pages, []);

        var render = new List<PlannedPage>();
        var unchanged = new List<SiteFile>();
        foreach (var page in pages)
        {
            if (!affected.Contains(page.SitePath) && _last!.Files.TryGetValue(page.OutputPath, out var file)) unchanged.Add(file);
            else render.Add(page);
        }
        return Selected(render, unchanged);
    }

    /// <summary>Ends a build: a successful one becomes the base the next build compares with; memory of unused inputs is dropped.</summary>
    public void Finish(BuildResult result)
    {
        if (result.Succeeded && _pending is not null)
            _last = _pending with { Files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) };
        if (result.Succeeded && _pendingData is not null) _data = _pendingData;
        if (!result.Succeeded) PagesRendered = 0;
        _pending = null;
        _pendingData = null;
        FilesParsed = _entries.Misses + _parties.Misses;
        _entries.Sweep();
        _parties.Sweep();
        _renderedEntries.Sweep();
        _renderedParties.Sweep();
    }

    private PageSelection Selected(IReadOnlyList<PlannedPage> render, IReadOnlyList<SiteFile> unchanged)
    {
        PagesRendered = render.Count;
        return new PageSelection(render, unchanged);
    }

    private static bool SameSources(IReadOnlyDictionary<string, ThemeTemplate> a, IReadOnlyDictionary<string, ThemeTemplate> b) =>
        a.Count == b.Count && a.All(t => b.TryGetValue(t.Key, out var other) && other == t.Value);

    private sealed record LastBuild(Site Site, TemplateRenderer Templates, IReadOnlyDictionary<string, PageInputs> Pages, IReadOnlyDictionary<string, SiteFile> Files);
}
