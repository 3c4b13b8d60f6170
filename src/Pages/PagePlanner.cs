using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>Lists every HTML page of the site with its template and how to make its view model. This is where a new page type is added.</summary>
public static class PagePlanner
{
    public static IReadOnlyList<PlannedPage> Plan(Site site, ViewFactory views)
    {
        var pages = new List<PlannedPage>
        {
            Home(site, views),
            Timeline(site, views),
            Faq(site, views),
            Parties(site, views),
            Tags(site, views),
            new(SitePaths.Search, "pages/search", () => views.Page("Search", $"Search {site.Settings.Title}.", SitePaths.Search, "search"), views.Search),
            new(SitePaths.NotFound, "pages/not-found", () => views.Page("Page not found", "This page does not exist.", SitePaths.NotFound, "not-found"), () => new EmptyModel()),
        };

        pages.AddRange(site.Timeline.Select(entry => new PlannedPage(
            SitePaths.Entry(entry.Entry.Slug), "pages/entry",
            () => views.Page(entry.Entry.Event, entry.Entry.Summary, SitePaths.Entry(entry.Entry.Slug), "entry", entry.Entry.RelativePath),
            () => views.Entry(entry))));

        pages.AddRange(site.Parties.Select(party => new PlannedPage(
            SitePaths.Party(party.Party.Id), "pages/party",
            () => views.Page(party.Party.Name, party.Party.Summary, SitePaths.Party(party.Party.Id), "party", party.Party.RelativePath),
            () => views.Party(party,
                site.ProductsByOwner.TryGetValue(party.Party.Id, out var products) ? products.Select(p => views.PartyLink(p.Party)).ToList() : [],
                site.EntriesByParty.TryGetValue(party.Party.Id, out var entries) ? views.Cards(entries) : []))));

        pages.Add(new PlannedPage(SitePaths.Corrections, "pages/corrections",
            () => views.Page("Corrections", "Every correction made to this site's pages, newest first.", SitePaths.Corrections, "corrections"),
            views.CorrectionsLog));

        pages.AddRange(site.Pages.Select(page => new PlannedPage(
            SitePaths.Page(page.Page.Slug), "pages/page",
            () => views.Page(page.Page.Title, page.Page.Summary, SitePaths.Page(page.Page.Slug), "page", "pages/" + page.Page.Slug + ".md"),
            () => views.Standalone(page))));

        pages.AddRange(site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal).Select(tag =>
        {
            var view = views.Tag(tag.Key, tag.Value.Count);
            return new PlannedPage(SitePaths.Tag(tag.Key), "pages/tag",
                () => views.Page($"Tag: {view.Name}", $"Events tagged {view.Name}.", SitePaths.Tag(tag.Key), "tag"),
                () => new TagModel(view, views.Cards(tag.Value)));
        }));

        return pages;
    }

    private static PlannedPage Home(Site site, ViewFactory views) =>
        new(SitePaths.Home, "pages/home", () => views.Page(site.Settings.Title, site.Settings.Description, SitePaths.Home, "home"), () =>
        {
            var latest = site.Timeline.Reverse().Take(5);
            var questions = site.FaqItems.Take(6).Select(x => views.Faq(x.Entry, x.Faq)).ToList();
            return new HomeModel(views.Cards(latest), questions, site.Parties.Select(views.PartyCard).ToList(),
                site.Timeline.Count, site.FaqItems.Count());
        });

    private static PlannedPage Timeline(Site site, ViewFactory views) =>
        new(SitePaths.Timeline, "pages/timeline", () => views.Page("Timeline", "Every event, in date order.", SitePaths.Timeline, "timeline"), () =>
        {
            var years = site.Timeline
                .GroupBy(e => e.Entry.Timeline.Year)
                .Select(g => new TimelineYearView(g.Key.ToString("D4"), $"y{g.Key:D4}", views.Cards(g)))
                .ToList();
            return new TimelineModel(years, site.Timeline.Count);
        });

    private static PlannedPage Faq(Site site, ViewFactory views) =>
        new(SitePaths.Faq, "pages/faq",
            () => views.Page("Frequently asked questions", "Short, sourced answers to the questions these events raise.", SitePaths.Faq, "faq"),
            () => new FaqModel(site.FaqItems.Select(x => views.Faq(x.Entry, x.Faq)).ToList()));

    private static PlannedPage Parties(Site site, ViewFactory views) =>
        new(SitePaths.Parties, "pages/parties",
            () => views.Page("Parties", "The companies, products, people and bodies involved.", SitePaths.Parties, "parties"), () =>
        {
            var groups = site.Parties
                .GroupBy(p => p.Party.Kind)
                .OrderBy(g => g.Key)
                .Select(g => new PartyGroupView(g.Key.ToString().ToLowerInvariant(), ViewFactory.KindPlural(g.Key), g.Select(views.PartyCard).ToList()))
                .ToList();
            return new PartiesModel(groups);
        });

    private static PlannedPage Tags(Site site, ViewFactory views) =>
        new(SitePaths.Tags, "pages/tags",
            () => views.Page("Tags", "Events grouped by topic.", SitePaths.Tags, "tags"),
            () => new TagsModel(site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => views.Tag(t.Key, t.Value.Count)).ToList()));
}
