using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Output;
using Explainer.Pages;
using Explainer.Rendering;
using Explainer.SiteModel;
using Explainer.Theme;

namespace Explainer.Build;

/// <summary>
/// The stages <see cref="SiteGenerator"/> calls whose work can be reused from one build to the next.
/// <see cref="Full"/> does all the work every time (the <c>build</c> command); preview's incremental builder
/// overrides them to return remembered results for unchanged inputs, so both run the same pipeline.
/// </summary>
public class BuildStages
{
    public static BuildStages Full { get; } = new();

    public virtual (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) LoadInput(string inputFolder) =>
        new InputLoader(inputFolder).Load();

    public virtual (TemplateRenderer? Templates, IReadOnlyList<Diagnostic> Diagnostics) ParseTemplates(ThemeFiles theme) =>
        TemplateRenderer.Create(theme, PagePlanner.Templates);

    public virtual (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics) ParseEntry(InputFile file) => EntryParser.Parse(file);

    public virtual (Party? Party, IReadOnlyList<Diagnostic> Diagnostics) ParseParty(InputFile file) => PartyParser.Parse(file);

    public virtual MarkdownRenderer CreateMarkdown(string basePath) => new(basePath);

    /// <summary>
    /// The entry with its body, answers and corrections rendered. A build then drops the body's Markdown (<see cref="Entry.BodyMarkdown"/>
    /// is empty in the site model): nothing after this stage reads it, and the copy each entry kept to the end of the build
    /// (~45 MB at 10,000 entries) raised peak memory by 28-71 MiB (five sets of 6-8 alternating builds on tmpfs; time 0-4% lower,
    /// within the host's noise in three sets). Preview keeps it: its caches know an entry by the object its parse made.
    /// </summary>
    public virtual ContentRenderer.EntryRendering RenderEntry(Entry entry, MarkdownRenderer markdown) =>
        ContentRenderer.RenderEntry(entry, markdown).WithoutMarkdown();

    public virtual ContentRenderer.PartyRendering RenderParty(Party party, MarkdownRenderer markdown) => ContentRenderer.RenderParty(party, markdown);

    /// <summary>The site model: entries in timeline order and indexed by party and tag. Preview's updates the previous model when it can.</summary>
    public virtual Site BuildSite(SiteSettings settings, SiteUrls urls, IReadOnlyList<RenderedEntry> entries, IReadOnlyList<RenderedParty> parties,
        IReadOnlyList<RenderedPage> pages, History.RepositoryHistory history) =>
        SiteModelBuilder.Build(settings, urls, entries, parties) with { Pages = pages, History = history };

    /// <summary>Commit dates of the content files (one git pass), unless the options turn history off.</summary>
    public virtual History.RepositoryHistory ReadHistory(BuildOptions options) =>
        options.GitHistory ? History.GitHistoryReader.Read(options.InputFolder) : History.RepositoryHistory.None;

    /// <summary>The factory of this build's view models; preview's takes unchanged entries' cards and fragments from the previous build.</summary>
    public virtual ViewFactory CreateViews(Site site, TemplateRenderer templates) => new(site, templates);

    /// <summary>What the feeds say about each entry, made once per build; preview's keep unchanged entries' items from the previous build.</summary>
    public virtual FeedItems CreateFeedItems(Site site) => new(site);

    /// <summary>sitemap.xml (and its parts past <paramref name="urlsPerFile"/> URLs); preview's keeps the previous build's when the same pages are listed with the same days.</summary>
    public virtual IReadOnlyList<OutputFile> Sitemap(Site site, IReadOnlyList<PlannedPage> pages, int urlsPerFile) => SitemapWriter.Sitemap(site, pages, urlsPerFile);

    /// <summary>The search page's words (<see cref="Search.SearchVocabulary"/>); preview's keeps the previous build's when no headline's words changed.</summary>
    public virtual OutputFile SearchWords(Site site) => Search.SearchVocabulary.Write(site);

    /// <summary>The FAQ's anchor map (<see cref="FaqAnchorMap"/>); preview's keeps the previous build's when no question moved.</summary>
    public virtual IReadOnlyList<OutputFile> FaqAnchors(Site site) => FaqAnchorMap.Files(site).ToList();

    /// <summary>The data downloads (src/Data/); preview's reuse unchanged entries' records from the previous build.</summary>
    public virtual Data.DataDownloads MakeData(Site site, Output.ISiteWriter writer) => Data.DataFiles.Make(site, writer);

    /// <summary>Which planned pages to render; the files of the others are taken as they are. A full build renders every page.</summary>
    public virtual PageSelection SelectPages(Site site, TemplateRenderer templates, IReadOnlyList<PlannedPage> pages) => new(pages, []);
}

/// <summary>The pages a build renders, and the unchanged files it keeps from the previous build for the pages it skips (already on disk).</summary>
public sealed record PageSelection(IReadOnlyList<PlannedPage> Render, IReadOnlyList<SiteFile> Unchanged);
