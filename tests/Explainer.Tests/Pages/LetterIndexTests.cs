using System.Text.RegularExpressions;
using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Pages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Pages;

/// <summary>
/// Issue 10: the tags and parties indexes list everything, so a site with thousands of tags or a thousand parties made them
/// pass 300 KB. Past the page limit (lowered to 3 here) each is split by first letters, and every tag and party stays
/// reachable from its index; below it, the index is one page as before.
/// </summary>
public sealed class LetterIndexTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";
    public static readonly ListLimits Limits = new(PerPage: 3, Latest: 2);

    // ---- How a list is split -------------------------------------------------------------------------------------------

    private static Dictionary<string, List<string>> Pages(IReadOnlyList<string> keys, int perPage) =>
        LetterGroups.Split(keys, k => k, perPage).SelectMany(g => g.WithSmallerGroups()).ToDictionary(g => g.Prefix, g => g.Items.ToList());

    [Fact]
    public void A_short_letter_lists_its_items_and_a_long_one_its_longer_prefixes()
    {
        var pages = Pages(["apple", "avocado", "banana", "blueberry", "blackberry", "boysenberry", "cherry"], 3);

        Assert.Equal(["apple", "avocado"], pages["a"]);
        Assert.Equal(["cherry"], pages["c"]);
        Assert.Empty(pages["b"]);                                     // four: split
        Assert.Equal(["banana"], pages["ba"]);
        Assert.Equal(["blueberry", "blackberry"], pages["bl"]);
        Assert.Equal(["boysenberry"], pages["bo"]);
        Assert.Equal(["a", "b", "ba", "bl", "bo", "c"], pages.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Letters_every_key_shares_make_no_page_of_one_link()
    {
        string[] keys = ["topic-1", "topic-2", "topic-3", "topic-10", "topic-11", "topic-12", "topic-13"];
        var pages = Pages(keys, 3);

        // Not t → to → top → topi → topic → topic-: the split of "t" starts after "topic-".
        Assert.Equal(["t", "topic-1", "topic-2", "topic-3"], pages.Keys.Where(k => k.Length < 8).Order(StringComparer.Ordinal));
        Assert.Equal(["topic-1"], pages["topic-1"]);                  // the key that is the prefix itself stays on its page
        Assert.Equal(["topic-10", "topic-11", "topic-12", "topic-13"], pages.Keys.Where(k => k.Length == 8).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_item_is_on_exactly_one_page_no_page_is_too_long_and_no_page_goes_away_as_items_are_added()
    {
        var random = new Random(10);
        string Word() => new(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "abt-1"[random.Next(5)]).ToArray());
        for (var round = 0; round < 300; round++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Word().Trim('-')).Where(k => k.Length > 0).Distinct().ToList();
            if (keys.Count == 0) continue;
            var perPage = random.Next(1, 8);
            var before = Pages(keys, perPage);

            Assert.Equal(keys.Order(StringComparer.Ordinal), before.Values.SelectMany(v => v).Order(StringComparer.Ordinal));
            Assert.All(before.Values, items => Assert.True(items.Count <= perPage, $"{items.Count} items on one page of at most {perPage}"));

            var more = keys.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Word().Trim('-')).Where(k => k.Length > 0)).Distinct().ToList();
            var after = Pages(more, perPage);
            Assert.All(before.Keys, prefix => Assert.True(after.ContainsKey(prefix), $"the page of '{prefix}' went away when items were added"));
        }
    }

    // ---- The built site ------------------------------------------------------------------------------------------------

    private static readonly string[] TagNames = ["access", "antitrust", "bans", "benchmarks", "billing", "blocks", "chips"];

    /// <summary>The minimal site with <paramref name="tags"/> of <see cref="TagNames"/> and <paramref name="extraParties"/> more parties
    /// (Ace Party 1, Beta Party 2, Ace Party 3…), all on its one entry. The browser tests open the same pages.</summary>
    public static Dictionary<string, string> Input(int tags, int extraParties)
    {
        var files = new Dictionary<string, string>
        {
            [Entry] = SiteBuild.MinimalSite[Entry]
                .Replace("tags: [launches]", $"tags: [{string.Join(", ", TagNames.Take(tags))}]")
                .Replace("parties: [acme, widget]", $"parties: [acme, widget{string.Concat(Enumerable.Range(1, extraParties).Select(i => $", p{i}"))}]"),
        };
        foreach (var i in Enumerable.Range(1, extraParties))
            files[$"parties/p{i}.md"] = $"---\nname: {(i % 2 == 0 ? "Beta" : "Ace")} Party {i}\nkind: company\nsummary: A party in tests.\n---\n";
        return files;
    }

    private static GeneratedSite Build(TempFolder folder, int tags, int extraParties)
    {
        SiteBuild.WriteInput(folder, Input(tags, extraParties));
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]) { Lists = Limits });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        return site;
    }

    private static List<string> Links(string html, string under) =>
        Regex.Matches(html, $"href=\"/explainer/{under}([a-z0-9/-]+)/\"").Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>Every tag (or party) page reached from the index by following its letter pages, as a reader would.</summary>
    private static HashSet<string> Reached(GeneratedSite site, string index)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([index + "index.html"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queue.TryDequeue(out var page))
        {
            if (!seen.Add(page)) continue;
            foreach (var link in Links(site.Text(page), index))
            {
                if (link.StartsWith("starting-with/", StringComparison.Ordinal)) queue.Enqueue($"{index}{link}/index.html");
                else if (!link.Contains('/')) reached.Add(link);
            }
        }
        return reached;
    }

    private static List<string> LetterPages(GeneratedSite site, string index) =>
        site.Result.Files.Select(f => f.Path).Where(p => p.StartsWith(index + "starting-with/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_few_tags_and_parties_stay_on_one_page_each_as_before()
    {
        using var folder = new TempFolder();
        var site = Build(folder, tags: 3, extraParties: 1);

        Assert.Empty(LetterPages(site, "tags/"));
        Assert.Empty(LetterPages(site, "parties/"));
        Assert.Equal(["access", "antitrust", "bans"], Links(site.Text("tags/index.html"), "tags/").Order(StringComparer.Ordinal));
        Assert.Contains("Topics that connect events. Choose a tag", site.Text("tags/index.html"));
        Assert.Contains("grouped by kind.</p>", site.Text("parties/index.html"));
    }

    [Fact]
    public void Many_tags_are_split_by_first_letters_and_every_tag_is_reached_from_the_index()
    {
        using var folder = new TempFolder();
        var site = Build(folder, tags: 7, extraParties: 0);
        var index = site.Text("tags/index.html");

        Assert.Contains("7 tags connect the events. The 2 used by the most events are listed here", index);
        Assert.Equal(["tags/starting-with/a/index.html", "tags/starting-with/b/index.html", "tags/starting-with/ba/index.html",
            "tags/starting-with/be/index.html", "tags/starting-with/bi/index.html", "tags/starting-with/bl/index.html", "tags/starting-with/c/index.html"],
            LetterPages(site, "tags/"));
        Assert.Equal(TagNames.Order(StringComparer.Ordinal), Reached(site, "tags/").Order(StringComparer.Ordinal));

        var b = site.Text("tags/starting-with/b/index.html");
        Assert.Contains("4 tags starting with “b”: too many for one page", b);
        Assert.Contains("aria-current=\"page\">B <span", b);          // the letter rail marks where the reader is
        Assert.Contains("<meta name=\"description\" content=\"4 tags: Bans (1 event), Benchmarks (1 event), Billing (1 event) and Blocks (1 event).\">", b);
        Assert.DoesNotContain(Links(b, "tags/"), l => !l.Contains('/'));  // no tag listed: only its longer prefixes
        var bl = site.Text("tags/starting-with/bl/index.html");
        Assert.Contains("<h1>Tags: Bl</h1>", bl);
        Assert.Equal(["blocks"], Links(bl, "tags/").Where(l => !l.Contains('/')));
        Assert.Contains("href=\"/explainer/tags/starting-with/b/\">B</a>", bl);  // the trail runs through the letter's page
    }

    [Fact]
    public void Many_parties_are_split_by_the_first_letters_of_their_names_and_the_index_shows_those_in_the_most_events()
    {
        using var folder = new TempFolder();
        var site = Build(folder, tags: 1, extraParties: 5);
        var index = site.Text("parties/index.html");

        // Not "appear in the events": a party can have a page and no event yet.
        Assert.Contains("This site describes 7 parties: companies, products, people and other parties.", index);
        Assert.Contains("The 2 in the most events", index);
        // Acme Corp, Ace Party 1, 3, 5 under a (split: ac, then acme / ace-…); Beta Party 2, 4 under b; Widget under w.
        Assert.Contains("parties/starting-with/a/index.html", LetterPages(site, "parties/"));
        Assert.Contains("parties/starting-with/b/index.html", LetterPages(site, "parties/"));
        Assert.Contains("parties/starting-with/w/index.html", LetterPages(site, "parties/"));
        Assert.Equal(["acme", "p1", "p2", "p3", "p4", "p5", "widget"], Reached(site, "parties/").Order(StringComparer.Ordinal));
        Assert.All(LetterPages(site, "parties/"), page =>
            Assert.True(Regex.Matches(site.Text(page), "class=\"card party-card\"").Count <= Limits.PerPage, page));
    }

    [Fact]
    public void No_tag_or_party_may_take_the_folder_of_the_letter_pages()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            [Entry] = SiteBuild.MinimalSite[Entry].Replace("tags: [launches]", "tags: [launches, starting-with]"),
            ["parties/starting-with.md"] = "---\nname: Starting With Inc\nkind: company\nsummary: A party in tests.\n---\n",
        });
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.False(site.Succeeded);
        var errors = site.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Location.Path.EndsWith("acme-launches-widget.md", StringComparison.Ordinal) && d.Location.Line == 6
            && d.Message.Contains("the tag 'starting-with'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Location.Path.EndsWith("starting-with.md", StringComparison.Ordinal)
            && d.Message.Contains("the party id 'starting-with'", StringComparison.Ordinal));
    }

    /// <summary>Party names may be 300 characters long; a letter page's folder is cut as headlines' are, so names sharing most of
    /// their words never make a folder name longer than a slug (past 255 bytes the file system refuses it).</summary>
    [Fact]
    public void Parties_whose_long_names_share_most_of_their_words_split_into_folders_no_longer_than_a_slug()
    {
        using var folder = new TempFolder();
        var shared = string.Join(" ", Enumerable.Repeat("Commission for the Supervision of Artificial Intelligence Services", 4));
        var files = Input(tags: 1, extraParties: 0);
        files[Entry] = files[Entry].Replace("parties: [acme, widget]", "parties: [acme, widget, p1, p2, p3, p4]");
        foreach (var i in Enumerable.Range(1, 4))
            files[$"parties/p{i}.md"] = $"---\nname: {shared} {i}\nkind: government\nsummary: A party in tests.\n---\n";
        SiteBuild.WriteInput(folder, files);
        var built = SiteBuild.Into(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["site"]) { Lists = Limits });

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var letterPages = built.Files.Select(f => f.Path).Where(p => p.StartsWith("parties/starting-with/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(letterPages);
        Assert.All(letterPages, page => Assert.True(page.Split('/')[2].Length <= Content.InputLimits.MaxSlugLength, page));
        Assert.All(["p1", "p2", "p3", "p4"], id => Assert.True(File.Exists(Path.Combine(folder["site"], "parties", id, "index.html")), id));
    }
}
