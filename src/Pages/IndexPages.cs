using Explainer.Content;
using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Plans the tags and parties indexes. While a site has at most <see cref="ListLimits.PerPage"/> tags (or parties), the index
/// is one page, as it always was. Past that (one page of 1,200 party cards or 3,000 tags is over 300 KB), the index shows
/// the <see cref="ListLimits.Latest"/> most used and its first letters, each letter's tags are on <c>tags/starting-with/t/</c>,
/// and a letter too long for one page lists longer prefixes instead (<c>tags/starting-with/to/</c>), each with a page.
/// A tag's place comes from its own name, so pages keep their addresses as others are added.
/// </summary>
internal static class IndexPages
{
    public static IEnumerable<PlannedPage> Tags(Site site, ViewFactory views, Sharing.PageSharing sharing, ListLimits limits, LinkView home,
        string tagCounts)
    {
        var tags = site.EntriesByTag.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => views.Tag(t.Key, t.Value.Count)).ToList();
        var description = PageDescriptions.Tags(tags.Select(t => (t.Name, t.Count)).ToList());
        var inputs = new PageInputs([], tagCounts + "|" + description);
        if (tags.Count <= limits.PerPage)
        {
            yield return new(SitePaths.Tags, "pages/tags", () => views.Page("Tags", description, SitePaths.Tags, "tags"),
                () => new TagsModel(tags), inputs);
            yield break;
        }

        var groups = LetterGroups.Split(tags, t => t.Slug, limits.PerPage);
        var mostUsed = tags.OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Take(limits.Latest).ToList();
        yield return new(SitePaths.Tags, "pages/tags", () => views.Page("Tags", description, SitePaths.Tags, "tags"),
            () => new TagsModel(mostUsed)
            {
                Letters = new($"{CountText.Of(tags.Count, "tag", "tags")} connect the events. The {mostUsed.Count} used by the most events are listed here, and every tag on the page of its first letter.",
                    "Most used", [], LetterPages.Rail(views, SitePaths.Tags, groups, null), []),
            },
            inputs);

        LinkView[] trail = [home, views.LinkTo("Tags", SitePaths.Tags)];
        foreach (var page in Letters(views, sharing, SitePaths.Tags, "tags", "Tags", "tag", "tags", trail, groups, inputs,
            (group, letters) => new TagsModel(group.Items) { Letters = letters },
            group => PageDescriptions.Tags(group.All().Select(t => (t.Name, t.Count)).ToList())))
            yield return page;
    }

    public static IEnumerable<PlannedPage> Parties(Site site, ViewFactory views, Sharing.PageSharing sharing, ListLimits limits, LinkView home,
        string partyCounts)
    {
        var description = PageDescriptions.Parties(site.Parties.Select(p => p.Party.Name).ToList());
        var inputs = new PageInputs([], partyCounts + "|" + description);
        if (site.Parties.Count <= limits.PerPage)
        {
            yield return new(SitePaths.Parties, "pages/parties", () => views.Page("Parties", description, SitePaths.Parties, "parties"),
                () => new PartiesModel(ByKind(site.Parties, views)), inputs);
            yield break;
        }

        var groups = LetterGroups.Split(site.Parties, Key, limits.PerPage);
        var mostInvolved = PagePlanner.MostInvolved(site, limits.Latest);
        yield return new(SitePaths.Parties, "pages/parties", () => views.Page("Parties", description, SitePaths.Parties, "parties"),
            () => new PartiesModel([new PartyGroupView("most", $"The {mostInvolved.Count} in the most events",
                mostInvolved.Select(views.PartyCard).OrderByDescending(c => c.EntryCount).ToList())])
            {
                Letters = new($"This site describes {CountText.Of(site.Parties.Count, "party", "parties")}: companies, products, people and other parties. The {mostInvolved.Count} in the most events are shown here, and every party on the page of its first letter.",
                    "", [], LetterPages.Rail(views, SitePaths.Parties, groups, null), []),
            },
            inputs);

        LinkView[] trail = [home, views.LinkTo("Parties", SitePaths.Parties)];
        foreach (var page in Letters(views, sharing, SitePaths.Parties, "parties", "Parties", "party", "parties", trail, groups, inputs,
            (group, letters) => new PartiesModel(ByKind(group.Items, views)) { Letters = letters },
            group => PageDescriptions.Parties(group.All().Select(p => p.Party.Name).ToList())))
            yield return page;
    }

    /// <summary>The parties in groups by kind, as the parties page has always shown them.</summary>
    public static IReadOnlyList<PartyGroupView> ByKind(IEnumerable<RenderedParty> parties, ViewFactory views) => parties
        .GroupBy(p => p.Party.Kind)
        .OrderBy(g => g.Key)
        .Select(g => new PartyGroupView(g.Key.ToString().ToLowerInvariant(), ViewFactory.KindPlural(g.Key), g.Select(views.PartyCard).ToList()))
        .ToList();

    /// <summary>A party files under its name as readers see it ("US Department of Commerce" under u); a name with no letter a-z under its id.</summary>
    // Cut as headlines are: a 300-character name would otherwise become a folder name the file system refuses.
    private static string Key(RenderedParty party) => LetterGroups.TitleKey(party.Party.Name, party.Party.Id);

    /// <summary>A page for every group and smaller group: its items, or, for a group too long for one page, its longer prefixes.
    /// Its description names everything under the prefix, so a page of longer prefixes is not described as empty.</summary>
    private static IEnumerable<PlannedPage> Letters<T>(ViewFactory views, Sharing.PageSharing sharing, string index, string section, string title,
        string one, string many, IReadOnlyList<LinkView> trail, IReadOnlyList<LetterGroup<T>> groups, PageInputs inputs,
        Func<LetterGroup<T>, LetterIndexView, object> model, Func<LetterGroup<T>, string> description)
    {
        foreach (var first in groups)
        {
            var rail = LetterPages.Rail(views, index, groups, first.Prefix);
            foreach (var (group, above) in LetterPages.WithTrail(first, trail, views, index, ViewFactory.PrefixLabel))
            {
                var path = SitePaths.StartingWith(index, group.Prefix);
                var counted = CountText.Of(group.Count, one, many);
                var lead = group.Groups.Count == 0
                    ? $"{counted} starting with “{group.Prefix}”."
                    : $"{counted} starting with “{group.Prefix}”: too many for one page, so they are listed by the letters that follow.";
                var letters = new LetterIndexView(lead, group.Items.Count > 0 ? $"Starting with “{group.Prefix}”" : "", above, rail,
                    LetterPages.Rail(views, index, group.Groups, null));
                yield return new PlannedPage(path, $"pages/{section}",
                    () => sharing.Listing(views.Page($"{title}: {ViewFactory.PrefixLabel(group.Prefix)}", description(group), path, section), above, path),
                    () => model(group, letters), inputs);
            }
        }
    }
}
