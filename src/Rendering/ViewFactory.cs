using Explainer.Model;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Rendering;

/// <summary>
/// Builds template view models from the site model. Entry cards, and the HTML fragments list pages show for each entry
/// (its list item, its questions), are made once and shared by every page that lists them.
/// </summary>
public sealed class ViewFactory
{
    /// <summary>The partial an entry's list item is rendered with, once per build (the one place list markup of an entry lives).</summary>
    public const string ItemPartial = "partials/entry-item";

    /// <summary>The partial an entry's questions are rendered with on FAQ list pages.</summary>
    public const string QuestionsPartial = "partials/faq-entry";

    private readonly Site _site;
    private readonly TemplateRenderer _templates;
    // Keyed by the entry record itself: the stages before hand back the very same record for an unchanged entry file,
    // which is what lets a rebuild take an unchanged entry's card and fragments from the previous build's factory.
    private readonly IReadOnlyDictionary<Entry, EntryViews> _entries;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _timelineIndex;
    private readonly Dictionary<string, PartyLinkView> _partyLinks;
    private readonly Dictionary<string, TagLinkView> _tagLinks;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> _yearLinks = new();

    /// <param name="previous">The previous build's factory (preview): views of unchanged entries are taken from it
    /// when nothing else they show (party names and kinds, tag names, URLs, templates) changed.</param>
    public ViewFactory(Site site, TemplateRenderer templates, ViewFactory? previous = null)
    {
        _site = site;
        _templates = templates;
        var reusable = previous is not null && previous._site.Urls == site.Urls && ReferenceEquals(previous._templates, templates)
            && previous._site.Parties.SequenceEqual(site.Parties, ReferenceEqualityComparer.Instance)
            && previous._site.Settings.TagNames.Equals(site.Settings.TagNames)
            ? previous._entries
            : null;
        // What many cards show, made once: the same (immutable) view in every card.
        _partyLinks = site.Parties.ToDictionary(p => p.Party.Id, p => PartyLink(p.Party), StringComparer.Ordinal);
        _tagLinks = site.EntriesByTag.Keys.ToDictionary(t => t, TagLink, StringComparer.Ordinal);
        // Each entry's views are independent of the others': made side by side (~0.25 s of one CPU at 10,000 entries).
        var made = site.Timeline.AsParallel().AsOrdered()
            .Select(e => reusable is not null && reusable.TryGetValue(e.Entry, out var views) ? views : MakeViews(e))
            .ToArray();
        var entries = new Dictionary<Entry, EntryViews>(site.Timeline.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < made.Length; i++) entries[site.Timeline[i].Entry] = made[i];
        _entries = entries;
        _timelineIndex = new(() => site.Timeline.Select((e, i) => (e.Entry.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal));
        Site = MakeSiteView();
    }

    public SiteView Site { get; }

    public EntryCardView Card(RenderedEntry entry) => _entries[entry.Entry].Card;

    public IReadOnlyList<EntryCardView> Cards(IEnumerable<RenderedEntry> entries) => entries.Select(Card).ToList();

    /// <summary>The entry as an item of a list page (timeline, tag, party), rendered once.</summary>
    public HtmlFragment Item(RenderedEntry entry) => _entries[entry.Entry].Item;

    /// <summary>The entry's questions as links to their answers, rendered once, for FAQ list pages.</summary>
    public HtmlFragment Questions(RenderedEntry entry) => _entries[entry.Entry].Questions;

    /// <summary>A question with its answer. Its URL is its anchor on its entry's page, which no other entry can move.</summary>
    public FaqItemView Faq(RenderedEntry entry, RenderedFaq faq) =>
        new(faq.Item.Question, Utf8Text.Html(faq.AnswerHtmlUtf8), faq.Item.Anchor, FaqUrl(entry.Entry, faq.Item), Card(entry));

    public string FaqUrl(Entry entry, FaqItem faq) => Link(SitePaths.Entry(entry.Slug)) + "#" + faq.Anchor;

    /// <summary>The top of a list page: its count, its newest entries as <paramref name="fragment"/>s, newest first, and its years.</summary>
    public EntryListView List(string listPath, IReadOnlyList<YearGroup> years, IReadOnlyList<RenderedEntry> latest, int count,
        Func<RenderedEntry, HtmlFragment> fragment) =>
        new(count, latest.Select(fragment).ToList(), years.Select(y => Year(listPath, y, null)).ToList());

    public PeriodView Year(string listPath, YearGroup year, int? current) => Year(listPath, year.Year, year.Entries.Count, year.Year == current);

    public PeriodView Month(string listPath, MonthGroup month, int? current) =>
        Month(listPath, month.Year, month.Month, month.Entries.Count, month.Month == current);

    /// <summary>A year of any list (of entries, or the corrections log) holding <paramref name="count"/> items.</summary>
    public PeriodView Year(string listPath, int year, int count, bool current) =>
        new(year.ToString("D4"), Link(SitePaths.Year(listPath, year)), SitePaths.YearAnchor(year), count, current);

    /// <summary>A month of a long year of any list, holding <paramref name="count"/> items.</summary>
    public PeriodView Month(string listPath, int year, int month, int count, bool current) =>
        new(MonthName(month), Link(SitePaths.Month(listPath, year, month)), $"m{month:D2}", count, current);

    /// <summary>A day of a long month of a list: "15" on the rail of March 2026's days.</summary>
    public PeriodView Day(string listPath, DayGroup day, int? current) => Day(listPath, day.Year, day.Month, day.Day, day.Entries.Count, day.Day == current);

    /// <summary>A day of a long month of any list (of entries, or the corrections log), holding <paramref name="count"/> items.</summary>
    public PeriodView Day(string listPath, int year, int month, int day, int count, bool current) =>
        new(day.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(SitePaths.Day(listPath, year, month, day)), $"d{day:D2}", count, current);

    /// <summary>A prefix of a long index split by first letters (tags, parties), holding <paramref name="count"/> items: "T", "Topic-1".</summary>
    /// <param name="label">What the rail shows, when not the prefix itself.</param>
    public PeriodView Prefix(string index, string prefix, int count, bool current, string? label = null) =>
        new(label ?? PrefixLabel(prefix), Link(SitePaths.StartingWith(index, prefix)), "", count, current);

    /// <summary>"t" → "T", "topic-1" → "Topic-1": what rails, titles and trails call a prefix.</summary>
    public static string PrefixLabel(string prefix) => char.ToUpperInvariant(prefix[0]) + prefix[1..];

    public LinkView LinkTo(string name, string sitePath) => new(name, Link(sitePath));

    public static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public PageView Page(string title, string description, string sitePath, string section, string? editPath = null) =>
        new(title, description, Link(sitePath), _site.Urls.Absolute(sitePath), section,
            editPath is null || Site.Repository.Length == 0 ? "" : $"{Site.Repository}/edit/main/{_site.History.RepositoryPath(editPath)}")
        {
            // Not on the page for addresses that do not exist: its own address is not what a reader would report.
            ReportUrl = sitePath == SitePaths.NotFound ? "" : ReportUrl(title, _site.Urls.Absolute(sitePath)),
        };

    public EntryModel Entry(RenderedEntry entry)
    {
        var index = _timelineIndex.Value[entry.Entry.Slug];
        return new EntryModel(
            Card(entry), Utf8Text.Html(entry.BodyHtmlUtf8),
            entry.Faq.Select(f => Faq(entry, f)).ToList(),
            Sources(entry.Entry.Sources),
            Date(entry.Entry.Updated),
            index > 0 ? Card(_site.Timeline[index - 1]) : null,
            index < _site.Timeline.Count - 1 ? Card(_site.Timeline[index + 1]) : null)
        {
            Evidence = Evidence(entry.Entry.Sources),
            Record = Record(entry.Entry.RelativePath, entry.Entry.Published, entry.Entry.Updated),
            Corrections = Corrections(entry.Corrections),
        };
    }

    public PartyModel Party(RenderedParty party, IReadOnlyList<PartyLinkView> products, EntryListView entries, string latestDate) =>
        new(PartyCard(party), party.BodyHtml, products, entries, latestDate)
        {
            Sources = Sources(party.Party.Sources),
            Evidence = Evidence(party.Party.Sources),
            Record = Record(party.Party.RelativePath, null, party.Party.Updated),
            Corrections = Corrections(party.Corrections),
        };

    public StandaloneModel Standalone(RenderedPage page) =>
        new(page.Page.Title, page.Page.Summary, page.BodyHtml, Record("pages/" + page.Page.Slug + ".md", null, page.Page.Updated));

    public CorrectionsModel CorrectionsLog(IReadOnlyList<CorrectionOnPage> corrections, string lead, IReadOnlyList<LinkView> breadcrumbs,
        IReadOnlyList<PeriodView> years, IReadOnlyList<PeriodView> months, bool latestOnly) => new(
        corrections.Select(c => new CorrectionLogView(Date(c.Correction.Correction.Date), c.Correction.TextHtml, c.PageTitle, Link(c.SitePath))).ToList(),
        _site.Pages.Where(p => p.Page.Slug == SitePaths.CorrectionsPolicySlug).Select(p => PageLink(p.Page)).FirstOrDefault(),
        Link(SitePaths.CorrectionsFeed), lead, breadcrumbs, years, months, latestOnly);


    /// <summary>Sources numbered for the page, each with its date in words.</summary>
    private static IReadOnlyList<SourceView> Sources(IReadOnlyList<Source> sources) =>
        sources.Select((s, i) => new SourceView(i + 1, $"source-{i + 1}", s.Title, s.Publisher, Date(s.Published), s.Url ?? "", s.Archived ?? "")).ToList();

    /// <summary>"2 sources" or "1 source (single source)", and the latest source date the page's information stands as of.</summary>
    public static EvidenceView Evidence(IReadOnlyList<Source> sources)
    {
        var count = sources.Count;
        var text = count switch
        {
            0 => "No sources",
            1 => "1 source (single source)",
            _ => CountText.Of(count, "source", "sources"),
        };
        var latest = sources.Where(s => s.Published is not null).MaxBy(s => s.Published!.Position)?.Published;
        return new EvidenceView(count, count == 1, text, sources.Count(s => s.HasLink), Date(latest));
    }

    /// <summary>Published and last-updated days from git; outside a checkout (or for an uncommitted file) the front matter's, and no history link.</summary>
    private RecordView Record(string relativePath, EdtfDate? published, EdtfDate? updated)
    {
        var history = _site.History.For(relativePath);
        if (history is null) return new RecordView(Date(published), Date(updated), "");
        var historyUrl = Site.Repository.Length == 0 ? "" : $"{Site.Repository}/commits/main/{_site.History.RepositoryPath(relativePath)}";
        return new RecordView(Day(history.Published), Day(history.LastChanged), historyUrl);
    }

    private static IReadOnlyList<CorrectionView> Corrections(IReadOnlyList<RenderedCorrection> corrections) =>
        corrections.Select(c => new CorrectionView(Date(c.Correction.Date), c.TextHtml)).ToList();

    private string ReportUrl(string title, string pageUrl) => Site.Repository.Length == 0
        ? ""
        : $"{Site.Repository}/issues/new?template={ReportTemplate}&title={Uri.EscapeDataString("Correction: " + title)}&page={Uri.EscapeDataString(pageUrl)}";

    /// <summary>The correction issue form in .github/ISSUE_TEMPLATE/; its <c>page</c> field is filled in from the link.</summary>
    public const string ReportTemplate = "report-correction.yml";

    public PageLinkView PageLink(Page page) => new(page.Slug, page.Title, Link(SitePaths.Page(page.Slug)));

    public PartyCardView PartyCard(RenderedParty rendered)
    {
        var party = rendered.Party;
        var owner = party.Owner is not null && _site.PartiesById.TryGetValue(party.Owner.Id, out var o) ? PartyLink(o.Party) : null;
        var count = _site.EntriesByParty.TryGetValue(party.Id, out var entries) ? entries.Count : 0;
        return new PartyCardView(party.Id, party.Name, Lower(party.Kind), KindLabel(party.Kind), party.Summary,
            Link(SitePaths.Party(party.Id)), party.Country ?? "",
            party.Country is null ? "" : Content.CountryCodes.Name(party.Country), party.Website ?? "", owner, count);
    }

    private TagLinkView TagLink(string tag) => new(tag, _site.Settings.TagNames.Of(tag), Link(SitePaths.Tag(tag)));

    public PartyLinkView PartyLink(Party party) => new(party.Id, party.Name, Lower(party.Kind), Link(SitePaths.Party(party.Id)));

    public TagView Tag(string tag, int count) => new(tag, _site.Settings.TagNames.Of(tag), Link(SitePaths.Tag(tag)), count);

    public SearchModel Search() => new(
        _site.Parties.Select(p => PartyLink(p.Party)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList(),
        _site.EntriesByTag.Keys.Order(StringComparer.Ordinal).Select(t => Tag(t, _site.EntriesByTag[t].Count)).ToList(),
        Enum.GetValues<EntryStatus>().Select(Status).ToList())
    {
        VocabularyUrl = Link(SitePaths.SearchVocabulary),
        EventCount = _site.Timeline.Count,
        QuestionCount = _site.Timeline.Sum(e => e.Faq.Count),
    };

    public static DateView? Date(EdtfDate? date) => date is null ? null : Date(date, date.HtmlDatetime);

    public static DateView Date(PartialDate date) => Date(EdtfDate.On(date), date.Qualifier == DateQualifier.None ? date.Iso : "");

    private static DateView Day(DateOnly day) => Date(PartialDate.Of(day));

    private static DateView Date(EdtfDate date, string iso)
    {
        var position = date.Position;
        // The text is digits, month names and fixed words only, so it needs no escaping.
        var html = iso.Length > 0 ? $"<time datetime=\"{iso}\">{date.Text}</time>" : $"<span class=\"date\">{date.Text}</span>";
        return new DateView(date.Edtf, iso, date.Text, position.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            position.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html);
    }

    public static string KindPlural(PartyKind kind) => kind switch
    {
        PartyKind.Company => "Companies",
        PartyKind.Government => "Governments",
        PartyKind.Organization => "Organizations",
        PartyKind.Product => "Products",
        PartyKind.Person => "People",
        _ => kind.ToString(),
    };

    private EntryCardView MakeCard(Entry entry) => new(
        entry.Slug, Link(SitePaths.Entry(entry.Slug)), entry.Event, entry.Summary, Date(entry.Date)!, Status(entry.Status),
        entry.Parties.Select(p => _partyLinks.GetValueOrDefault(p.Id)).OfType<PartyLinkView>().ToList(),
        entry.Tags.Select(t => _tagLinks.TryGetValue(t.Id, out var tag) ? tag : TagLink(t.Id)).ToList(),
        _yearLinks.GetOrAdd(ListKeys.Year(entry), year => Link(SitePaths.Year(SitePaths.Timeline, year))));

    private EntryViews MakeViews(RenderedEntry entry)
    {
        var card = MakeCard(entry.Entry);
        // The fragments capture the templates and the card, not this factory, so a reused fragment keeps no old site alive.
        var templates = _templates;
        var item = new HtmlFragment(new Lazy<Utf8Text>(() => Utf8Text.Html(templates.RenderFragment(ItemPartial, "entry", card))));
        var questions = new FaqEntryView(card, entry.Faq.Select(f => new FaqLinkView(f.Item.Question, FaqUrl(entry.Entry, f.Item))).ToList());
        var faq = new HtmlFragment(new Lazy<Utf8Text>(() => Utf8Text.Html(templates.RenderFragment(QuestionsPartial, "entry", questions))));
        return new EntryViews(card, item, faq);
    }

    private sealed record EntryViews(EntryCardView Card, HtmlFragment Item, HtmlFragment Questions);

    public static StatusView Status(EntryStatus status) => status switch
    {
        EntryStatus.Confirmed => Confirmed,
        EntryStatus.Disputed => Disputed,
        EntryStatus.Retracted => Retracted,
        _ => Reported,
    };

    private static readonly StatusView Confirmed = new("confirmed", "Confirmed", "Confirmed on the record by a party involved, by official documents or by independent sources.");
    private static readonly StatusView Disputed = new("disputed", "Disputed", "A party involved or another source disputes this account.");
    private static readonly StatusView Retracted = new("retracted", "Retracted", "The original report was withdrawn or shown to be wrong.");
    private static readonly StatusView Reported = new("reported", "Reported", "A source reports it; not independently confirmed.");

    private SiteView MakeSiteView()
    {
        var s = _site.Settings;
        return new SiteView(s.Title, s.Description, s.Language, _site.Urls.Absolute(""), _site.Urls.BasePath, s.Repository ?? "",
            Link(SitePaths.Home), Link(SitePaths.Timeline), Link(SitePaths.Faq), Link(SitePaths.Parties), Link(SitePaths.Tags),
            Link(SitePaths.Search), Link(SitePaths.Feed), Link(SitePaths.Assets + "site.css"), Link(SitePaths.Assets + "site.js"),
            Link(SitePaths.Assets), Scaffolding.ProposeEntryLink.For(s.Repository ?? ""))
        {
            CorrectionsUrl = Link(SitePaths.Corrections),
            FooterPages = _site.Pages.Where(p => p.Page.InFooter)
                .OrderBy(p => p.Page.Order).ThenBy(p => p.Page.Title, StringComparer.Ordinal)
                .Select(p => PageLink(p.Page)).ToList(),
            Sourcing = SourcingView(_site.Sourcing),
            Intro = s.Intro ?? "",
            Statuses = Enum.GetValues<EntryStatus>().Select(Status).ToList(),
            StatusesUrl = StatusesDefinition(),
            JsonFeedUrl = Link(SitePaths.JsonFeed),
            ShareImage = new(_site.Urls.Absolute(Sharing.ShareImage.SitePath), Sharing.ShareImage.Width, Sharing.ShareImage.Height),
            License = s.License is { } license ? new LicenseView(license.Id, license.Name, license.Url) : null,
            DataUrl = Link(SitePaths.Data),
        };
    }

    /// <summary>
    /// The section of a standalone page that defines the statuses (a heading with the id <c>statuses</c>, as "## Statuses" on
    /// input/pages/how-we-source.md gets), found in the rendered pages so the link cannot point at a section that is not there.
    /// </summary>
    private string StatusesDefinition()
    {
        var page = _site.Pages.Where(p => p.BodyHtml.Contains($"id=\"{StatusesAnchor}\"", StringComparison.Ordinal))
            .OrderBy(p => p.Page.Slug, StringComparer.Ordinal).FirstOrDefault();
        return page is null ? "" : Link(SitePaths.Page(page.Page.Slug)) + "#" + StatusesAnchor;
    }

    private const string StatusesAnchor = "statuses";

    /// <summary>"5 events · 1 source · 0 with a link": counts only, so the sentence can never claim more than the data.</summary>
    private static SourcingView SourcingView(SourcingSummary summary)
    {
        var text = $"{CountText.Of(summary.Events, "event", "events")} · {CountText.Of(summary.Sources, "source", "sources")} · {CountText.Of(summary.SourcesWithLink)} with a link";
        return new SourcingView(summary.Events, summary.Sources, summary.SourcesWithLink, text);
    }

    private string Link(string sitePath) => _site.Urls.Link(sitePath);

    private static string KindLabel(PartyKind kind) => kind.ToString();

    private static string Lower(PartyKind kind) => kind.ToString().ToLowerInvariant();
}
