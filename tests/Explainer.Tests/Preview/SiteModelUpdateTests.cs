using Explainer.Benchmark;
using Explainer.Content;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Tests.Preview;

/// <summary>Preview's model update gives the model a fresh build gives, or declines; it never gives a different one.</summary>
public class SiteModelUpdateTests
{
    private const int Entries = 60;
    private static readonly SiteUrls Urls = new("/explainer/", new Uri("https://example.org/explainer/"));
    private static readonly SiteSettings Settings = new("Synthetic Explainer", "Generated.", "en", new Uri("https://example.org/explainer/"), null);

    [Fact]
    public void Entries_edited_in_place_give_the_model_a_fresh_build_gives_and_untouched_lists_are_kept()
    {
        var before = Enumerable.Range(0, Entries).Select(i => Render(i)).ToList();
        var previous = SiteModelBuilder.Build(Settings, Urls, before, []);
        var edited = new[] { 3, 17, 42 };
        var after = before.Select((e, i) => edited.Contains(i) ? Render(i, revision: 1) : e).ToList();

        var updated = SiteModelUpdate.Apply(previous, before, [], Settings, Urls, after, []);

        Assert.NotNull(updated);
        AssertSameModel(SiteModelBuilder.Build(Settings, Urls, after, []), updated);
        var touched = edited.SelectMany(i => after[i].Entry.Parties.Select(p => p.Id)).ToHashSet();
        foreach (var (party, list) in updated.EntriesByParty)
            Assert.Equal(!touched.Contains(party), ReferenceEquals(list, previous.EntriesByParty[party]));
    }

    [Fact]
    public void Nothing_changed_gives_the_previous_model_itself()
    {
        var entries = Enumerable.Range(0, Entries).Select(i => Render(i)).ToList();
        var previous = SiteModelBuilder.Build(Settings, Urls, entries, []);

        Assert.Same(previous, SiteModelUpdate.Apply(previous, entries, [], Settings, Urls, entries.ToList(), []));
    }

    public static TheoryData<string, string, string> PlaceChanges => new()
    {
        { "date", "date: 2000-01-08", "date: 2000-02-08" },
        { "parties", "parties: [", "parties: [party-019, " },
        { "tags", "tags: [", "tags: [a-new-tag, " },
    };

    [Theory]
    [MemberData(nameof(PlaceChanges))]
    public void An_entry_that_files_elsewhere_is_left_to_a_fresh_build(string change, string from, string to)
    {
        var before = Enumerable.Range(0, Entries).Select(i => Render(i)).ToList();
        var previous = SiteModelBuilder.Build(Settings, Urls, before, []);
        var text = SyntheticSite.EntryText(7, Entries);
        Assert.Contains(from, text);
        var after = before.Select((e, i) => i == 7 ? Render(7, text: text.Replace(from, to)) : e).ToList();

        Assert.True(SiteModelUpdate.Apply(previous, before, [], Settings, Urls, after, []) is null, change);
    }

    [Fact]
    public void An_entry_added_or_settings_changed_is_left_to_a_fresh_build()
    {
        var before = Enumerable.Range(0, Entries).Select(i => Render(i)).ToList();
        var previous = SiteModelBuilder.Build(Settings, Urls, before, []);

        Assert.Null(SiteModelUpdate.Apply(previous, before, [], Settings, Urls, [.. before, Render(Entries)], []));
        Assert.Null(SiteModelUpdate.Apply(previous, before, [], Settings with { Title = "Another title" }, Urls, before, []));
    }

    private static RenderedEntry Render(int index, int revision = 0, string? text = null)
    {
        var path = SyntheticSite.EntryPath(index);
        var (entry, diagnostics) = EntryParser.Parse(new InputFile("input/" + path, path, text ?? SyntheticSite.EntryText(index, Entries, revision: revision)));
        Assert.True(entry is not null, string.Join("\n", diagnostics));
        return new RenderedEntry(entry, $"<p>{entry.Event}</p>", []);
    }

    private static void AssertSameModel(Site expected, Site actual)
    {
        Assert.Equal(expected.Timeline, actual.Timeline, ReferenceEqualityComparer.Instance);
        AssertSameIndex(expected.EntriesByParty, actual.EntriesByParty);
        AssertSameIndex(expected.EntriesByTag, actual.EntriesByTag);
        Assert.Equal(expected.Sourcing, actual.Sourcing);
    }

    private static void AssertSameIndex(IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> expected, IReadOnlyDictionary<string, IReadOnlyList<RenderedEntry>> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys) Assert.Equal(expected[key], actual[key], ReferenceEqualityComparer.Instance);
    }
}
