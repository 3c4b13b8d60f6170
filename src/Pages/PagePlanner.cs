using System.Text;
using Explainer.Output;
using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.Sharing;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Lists every HTML page of the site with its template, how to make its view model, and what of the site that model shows.
/// This is where a new page type is added.
/// </summary>
public static class PagePlanner
{
    /// <summary>The templates the planner uses; checked up front so a missing one is reported before any rendering.</summary>
    public static readonly IReadOnlyList<string> Templates =
    [
        "pages/home", "pages/timeline", "pages/period", "pages/faq", "pages/entry", "pages/parties", "pages/party", "pages/tags", "pages/tag",
        "pages/search", "pages/not-found", "pages/entries", "pages/corrections", "pages/page", Data.OpenDataPage.Template, ViewFactory.ItemPartial, ViewFactory.QuestionsPartial,
    ];

    /// <param name="data">The data downloads, which the Open data page lists with their sizes (made meanwhile; asked for only when that page is rendered).</param>
    public static IReadOnlyList<PlannedPage> Plan(Site site, ViewFactory views, ListLimits limits, Func<Data.DataDownloads> data)
    {
        var home = views.LinkTo("Home", SitePaths.Home);
        var sharing = new PageSharing(site);
        var partyCounts = PartyCounts(site);
        var tagCounts = TagCounts(site);
        var questionCount = site.Timeline.Sum(e => e.Faq.Count);
        // Descriptions are derived from what the page lists; each is also among its page's inputs, so preview re-renders it.
        var searchDescription = PageDescriptions.Search(site.Settings.Title, site.Timeline.Count, questionCount, site.Parties.Count);
        var timelineDescription = PageDescriptions.Timeline(site.Timeline);
        var pages = new List<PlannedPage> { Home(site, views, sharing, partyCounts) };
        pages.AddRange(IndexPages.Parties(site, views, sharing, limits, home, partyCounts));
        pages.AddRange(IndexPages.Tags(site, views, sharing, limits, home, tagCounts));
        pages.AddRange(
        [
            new(SitePaths.Search, "pages/search", () => views.Page("Search", searchDescription, SitePaths.Search, "search"),
                views.Search, new PageInputs([], tagCounts + "|" + searchDescription)),
            new(SitePaths.NotFound, "pages/not-found", () => views.Page("Page not found", "This page does not exist.", SitePaths.NotFound, "not-found"),
                () => new EmptyModel(), PageInputs.None),
            new(SitePaths.Entries, "pages/entries", () => views.Page("Entries", "Every event has a page of its own; these are the ways to find them.", SitePaths.Entries, "entries"),
                () => new EmptyModel(), PageInputs.None),
        ]);

        var timeline = new EntryListPages(SitePaths.Timeline, "Timeline", "timeline", [home, views.LinkTo("Timeline", SitePaths.Timeline)],
            site.Timeline, views, sharing, limits);
        pages.Add(new PlannedPage(SitePaths.Timeline, "pages/timeline",
            () => views.Page("Timeline", timelineDescription, SitePaths.Timeline, "timeline"),
            () => new TimelineModel(timeline.Index()), timeline.IndexInputs(timelineDescription)));
        pages.AddRange(timeline.PeriodPages());

        pages.AddRange(Faq(site, views, sharing, limits, home));

        for (var i = 0; i < site.Timeline.Count; i++) pages.Add(Entry(site, views, sharing, home, i));

        pages.AddRange(CorrectionsPages.Plan(site, views, sharing, limits, home));

        pages.Add(Data.OpenDataPage.Plan(site, views, data));

        // Standalone pages are compared by value in preview: any change to one re-renders every page (they are in the footer).
        pages.AddRange(site.Pages.Select(page => new PlannedPage(
            SitePaths.Page(page.Page.Slug), "pages/page",
            () => views.Page(page.Page.Title, page.Page.Summary, SitePaths.Page(page.Page.Slug), "page", "pages/" + page.Page.Slug + ".md"),
            () => views.Standalone(page), PageInputs.None)));

        foreach (var party in site.Parties)
        {
            var path = SitePaths.Party(party.Party.Id);
            var entries = site.EntriesByParty.TryGetValue(party.Party.Id, out var list) ? list : [];
            LinkView[] trail = [home, views.LinkTo("Parties", SitePaths.Parties)];
            var events = new EntryListPages(path, party.Party.Name, "party", [.. trail, views.LinkTo(party.Party.Name, path)], entries, views, sharing, limits);
            pages.Add(new PlannedPage(path, "pages/party",
                () => sharing.Listing(views.Page(party.Party.Name, party.Party.Summary, path, "party", party.Party.RelativePath),
                    trail, path, SitePaths.PartyFeed(party.Party.Id), TopicFeeds.Title(party.Party.Name, site)),
                () => views.Party(party,
                    site.ProductsByOwner.TryGetValue(party.Party.Id, out var products) ? products.Select(p => views.PartyLink(p.Party)).ToList() : [],
                    events.Index(), entries.Count > 0 ? views.Card(entries[^1]).Date.Sort : ""),
                events.IndexInputs()));
            pages.AddRange(events.PeriodPages());
        }

        foreach (var (tag, entries) in site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = SitePaths.Tag(tag);
            var view = views.Tag(tag, entries.Count);
            var description = PageDescriptions.Tag(view.Name, entries);
            LinkView[] trail = [home, views.LinkTo("Tags", SitePaths.Tags)];
            var events = new EntryListPages(path, view.Name, "tag", [.. trail, views.LinkTo(view.Name, path)], entries, views, sharing, limits);
            pages.Add(new PlannedPage(path, "pages/tag",
                () => sharing.Listing(views.Page($"Tag: {view.Name}", description, path, "tag"),
                    trail, path, SitePaths.TagFeed(tag), TopicFeeds.Title($"Tag: {view.Name}", site)),
                () => new TagModel(view, events.Index()), events.IndexInputs(description)));
            pages.AddRange(events.PeriodPages());
        }

        return pages;
    }

    private static PlannedPage Home(Site site, ViewFactory views, PageSharing sharing, string partyCounts)
    {
        var latest = EntryGroups.Latest(site.Timeline, 5);
        var questions = site.FaqItems.Take(6).ToList();
        var faqCount = site.Timeline.Sum(e => e.Faq.Count);
        return new(SitePaths.Home, "pages/home", () => sharing.Home(views.Page(site.Settings.Title, site.Settings.Description, SitePaths.Home, "home")),
            () => new HomeModel(views.Cards(latest), questions.Select(x => views.Faq(x.Entry, x.Faq)).ToList(),
                MostInvolved(site, HomeParties).Select(views.PartyCard).ToList(), site.Timeline.Count, faqCount) { PartyCount = site.Parties.Count },
            new PageInputs(latest.Concat(questions.Select(q => q.Entry)).ToList(), $"{site.Timeline.Count}|{faqCount}|{partyCounts}|{site.Sourcing.Sources}|{site.Sourcing.SourcesWithLink}"));
    }

    /// <summary>How many parties the home page shows: all of them on most sites; the rest are a link away on the parties page.</summary>
    public const int HomeParties = 12;

    /// <summary>
    /// The <paramref name="most"/> parties in the most events (ties in the site's order), in the site's order; every party when
    /// there are no more. The home page lists them, and a parties index split by first letters: a site with hundreds of parties
    /// would otherwise list all of them there.
    /// </summary>
    internal static IReadOnlyList<RenderedParty> MostInvolved(Site site, int most)
    {
        if (site.Parties.Count <= most) return site.Parties;
        int Events(RenderedParty p) => site.EntriesByParty.TryGetValue(p.Party.Id, out var list) ? list.Count : 0;
        var chosen = site.Parties.Select((p, i) => (Party: p, Index: i)).OrderByDescending(p => Events(p.Party)).ThenBy(p => p.Index).Take(most);
        return chosen.OrderBy(p => p.Index).Select(p => p.Party).ToList();
    }

    /// <summary>The FAQ index (questions by year of their event) and its year pages; every question lives on its entry's page.</summary>
    private static IEnumerable<PlannedPage> Faq(Site site, ViewFactory views, PageSharing sharing, ListLimits limits, LinkView home)
    {
        var withQuestions = site.Timeline.Where(e => e.Faq.Count > 0).ToList();
        var questionCount = withQuestions.Sum(e => e.Faq.Count);
        var shards = FaqAnchorMap.Shards(questionCount);
        var description = PageDescriptions.Faq(questionCount, withQuestions.Count, site.FaqItems.Select(x => x.Faq.Item.Question).FirstOrDefault());
        var list = new EntryListPages(SitePaths.Faq, "Questions", "faq", [home, views.LinkTo("Questions", SitePaths.Faq)], withQuestions, views, sharing,
            limits, questions: true);
        yield return new PlannedPage(SitePaths.Faq, "pages/faq",
            () => views.Page("Frequently asked questions", description, SitePaths.Faq, "faq"),
            () => new FaqModel(list.Index(), questionCount, shards), list.IndexInputs($"{questionCount}|{description}"));
        foreach (var page in list.PeriodPages()) yield return page;
    }

    /// <summary>An entry's page shows its neighbours on the timeline (previous and next event), and how to cite it.</summary>
    private static PlannedPage Entry(Site site, ViewFactory views, PageSharing sharing, LinkView home, int index)
    {
        var entry = site.Timeline[index];
        // The entry and its neighbours, copied directly: this runs for every entry on every preview save.
        var (first, last) = (Math.Max(0, index - 1), Math.Min(site.Timeline.Count - 1, index + 1));
        var shown = new RenderedEntry[last - first + 1];
        for (var i = first; i <= last; i++) shown[i - first] = site.Timeline[i];
        var path = SitePaths.Entry(entry.Entry.Slug);
        return new PlannedPage(path, "pages/entry",
            () =>
            {
                // The trail entry.liquid shows: Home, then the timeline page of the entry's year.
                var card = views.Card(entry);
                return sharing.Entry(views.Page(entry.Entry.Event, entry.Entry.Summary, path, "entry", entry.Entry.RelativePath), entry,
                    [home, new LinkView($"Timeline: {card.Date.Year}", card.TimelineUrl)]);
            },
            () => views.Entry(entry) with { Citation = sharing.Citation(entry) }, new PageInputs(shown, ""));
    }

    /// <summary>Party cards show how many events each party has; pages with party cards depend on these counts.</summary>
    private static string PartyCounts(Site site)
    {
        var text = new StringBuilder();
        foreach (var party in site.Parties)
            text.Append(site.EntriesByParty.TryGetValue(party.Party.Id, out var list) ? list.Count : 0).Append(',');
        return text.ToString();
    }

    private static string TagCounts(Site site)
    {
        var text = new StringBuilder();
        foreach (var (tag, entries) in site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal)) text.Append(tag).Append(':').Append(entries.Count).Append(',');
        return text.ToString();
    }
}
