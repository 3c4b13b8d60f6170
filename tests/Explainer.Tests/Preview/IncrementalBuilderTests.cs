using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Pages;
using Explainer.Preview;
using Explainer.Tests.Support;

namespace Explainer.Tests.Preview;

/// <summary>Issue 5: after any edit, an incremental rebuild's files equal a fresh full build's, byte for byte, and it redoes little.</summary>
public class IncrementalBuilderTests
{
    private const int Entries = 40;

    public static TheoryData<string> Edits => new(EditSteps.Keys);

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_incremental_rebuild_equals_a_full_build_after(string edit)
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        Assert.True(builder.Build([]).Result.Succeeded);

        var changed = EditSteps[edit](folder);
        var rebuild = builder.Build(changed);

        AssertSameAsFullBuild(options, rebuild);
    }

    [Fact]
    public void Every_edit_in_a_row_keeps_the_incremental_build_equal_to_a_full_build()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        builder.Build([]);

        foreach (var (name, edit) in EditSteps)
        {
            var rebuild = builder.Build(edit(folder));
            Assert.True(rebuild.Result.Succeeded, $"{name}: {string.Join("\n", rebuild.Result.Diagnostics)}");
            AssertSameAsFullBuild(options, rebuild, name);
        }
    }

    [Fact]
    public void Editing_one_entry_renders_only_the_pages_that_show_it()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        var first = builder.Build([]);

        var changed = EditBody(folder);
        var rebuild = builder.Build(changed);

        // Its page and two neighbours; the pages that list it: home, the timeline's index and month page, the FAQ's index and month
        // page, and the index and month page of each of its (at most three) parties and tags. Counts did not change, so the
        // parties, tags and search pages are not among them.
        Assert.InRange(rebuild.PagesRendered, 3, 3 + 1 + 2 + 2 + 3 * 2 + 3 * 2);
        Assert.True(rebuild.PagesRendered < first.PagesRendered / 3, $"{rebuild.PagesRendered} of {first.PagesRendered} pages rendered");
        Assert.Equal(1, rebuild.FilesParsed);
    }

    [Fact]
    public void A_broken_edit_fails_with_the_same_diagnostics_as_a_full_build_and_the_next_good_save_recovers()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        builder.Build([]);

        var path = folder[Path.Combine("input", SyntheticSite.EntryPath(5))];
        var good = File.ReadAllText(path);
        File.WriteAllText(path, good.Replace("date: ", "date: not-a-date "));
        var broken = builder.Build([path]);
        Assert.False(broken.Result.Succeeded);
        Assert.Equal(SiteGenerator.Generate(options).Diagnostics, broken.Result.Diagnostics);

        File.WriteAllText(path, good.Replace("did something noteworthy", "did something else"));
        AssertSameAsFullBuild(options, builder.Build([path]));
    }

    [Fact]
    public void After_a_failed_save_every_file_that_differs_from_the_last_good_build_is_written_again()
    {
        // The data files of a failed build are made (and dropped with it): the next build must not take them as already written.
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        var good = builder.Build([]);
        var link = Path.Combine("input", SyntheticSite.EntryPath(10));
        var original = File.ReadAllText(folder[link]);

        // One save moves an entry into a year of its own (a new data file) and breaks a link elsewhere, so the build fails late.
        var failedSave = ReplaceInEntry(folder, 6, "date: 2000-01-07", "date: 1999-12-31")
            .Concat(Replace(folder, link, "did something noteworthy", "did something [broken](/entries/no-such-event/)")).ToList();
        Assert.False(builder.Build(failedSave).Result.Succeeded);
        var recovered = builder.Build([folder.Write(link, original)]);

        AssertSameAsFullBuild(options, recovered);
        var served = good.Result.Files.ToHashSet();
        var notWritten = recovered.Result.Files.Where(f => !served.Contains(f) && recovered.Written.Bytes(f.Path) is null).Select(f => f.Path).ToList();
        Assert.Contains(recovered.Result.Files, f => f.Path == "data/entries/1999.json");
        Assert.Empty(notWritten);
    }

    [Fact]
    public void A_theme_template_change_renders_every_page_again()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        var first = builder.Build([]);

        var rebuild = builder.Build(EditTemplate(folder));

        Assert.Equal(first.PagesRendered, rebuild.PagesRendered);
        AssertSameAsFullBuild(options, rebuild);
    }

    private static readonly IReadOnlyDictionary<string, Func<TempFolder, IReadOnlyList<string>>> EditSteps =
        new Dictionary<string, Func<TempFolder, IReadOnlyList<string>>>
        {
            ["entry body"] = EditBody,
            // The next three keep the entry's date, parties and tags, so preview updates the site model instead of building it.
            ["entry title and summary"] = folder => ReplaceInEntry(folder, 14, "event: Synthetic event number 14", "event: A retitled event"),
            // New headline words: the search page's words file changes with them.
            ["entry headline gets new words"] = folder => ReplaceInEntry(folder, 16, "event: Synthetic event number 16", "event: Zanzibar quokka xylophone 16"),
            ["entry source loses its link (sourcing counts change)"] = folder => ReplaceInEntry(folder, 11, "    url: https://example.org/news/11/0\n", ""),
            ["entry gains a question (the FAQ lists it)"] = folder => ReplaceInEntry(folder, 13, "---\n## What happened",
                "faq:\n  - question: Is this new?\n    answer: \"Yes.\"\n---\n## What happened"),
            ["entry gains an updated day (the sitemap's lastmod)"] = folder => ReplaceInEntry(folder, 15, "status: ", "updated: 2000-03-01\nstatus: "),
            // 13 corrections against a limit of 10 a page: the log is split by year, and 2001's 11 by month.
            ["entry gains corrections (the corrections log splits by year and month)"] = folder => ReplaceInEntry(folder, 9, "status: ", ManyCorrections + "status: "),
            // 11 entries corrected on one day, against a limit of 10: the month is listed by day, and the day by the pages' titles.
            ["a sweeping fix (the corrections log splits a day by page titles)"] = folder => Enumerable.Range(21, 11)
                .SelectMany(i => ReplaceInEntry(folder, i, "status: ", "corrections:\n  - date: 2002-03-04\n    text: The sweeping fix.\n" + "status: ")).ToList(),
            ["another entry gains a correction (a year's count changes)"] = folder => ReplaceInEntry(folder, 10, "status: ",
                "corrections:\n  - date: 2001-02-03\n    text: The place was wrong.\n" + "status: "),
            ["question reworded (the FAQ's anchor map)"] = folder => ReplaceInEntry(folder, 20, "question: What happened in synthetic event 20?", "question: What did event 20 change?"),
            ["busy day's entry retitled (moves to another letter's page)"] = folder => Replace(folder, Path.Combine("input", "entries", "2000", "same-day-03.md"),
                "event: Same-day event 03", "event: Quiet event 03"),
            ["entry date moves it along the timeline"] = folder => ReplaceInEntry(folder, 4, "date: 2000-01-05", "date: 2000-01-30"),
            ["entry date moves it to another month"] = folder => ReplaceInEntry(folder, 5, "date: 2000-01-06", "date: 2000-02-20"),
            ["entry date moves it to another year"] = folder => ReplaceInEntry(folder, 6, "date: 2000-01-07", "date: 1999-12-31"),
            ["entry date becomes known only to the year"] = folder => ReplaceInEntry(folder, 8, "date: 2000-01-09", "date: 2000"),
            ["entry tags and parties"] = folder => ReplaceInEntry(folder, 7, "tags: [", "tags: [brand-new-tag, "),
            ["entry added"] = folder => [folder.Write(Path.Combine("input", "entries", "2000", "a-new-event.md"), NewEntry)],
            // Entries link to the one before them, so removing or renaming one means fixing the next one's link too.
            ["entry removed"] = folder =>
                [.. Delete(folder, Path.Combine("input", SyntheticSite.EntryPath(20))),
                 .. ReplaceInEntry(folder, 21, "/entries/event-00020/", "/entries/event-00019/")],
            ["entry renamed"] = folder =>
                [.. Move(folder, Path.Combine("input", SyntheticSite.EntryPath(12)), Path.Combine("input", "entries", "2000", "renamed-event.md")),
                 .. ReplaceInEntry(folder, 13, "/entries/event-00012/", "/entries/renamed-event/")],
            ["party edited"] = folder => Replace(folder, Path.Combine("input", "parties", "party-007.md"), "name: Party 7", "name: Party Seven"),
            ["site settings edited"] = folder => Replace(folder, Path.Combine("input", "site.yml"), "title: Synthetic Explainer", "title: Renamed Explainer"),
            // Cards carry links with the base path; the card reuse between rebuilds must notice it changed.
            ["site url edited (new base path)"] = folder => Replace(folder, Path.Combine("input", "site.yml"), "url: https://example.org/explainer/", "url: https://example.org/elsewhere/"),
            ["theme template edited"] = EditTemplate,
            ["theme asset edited"] = folder => Append(folder, Path.Combine("theme", "assets", "site.css"), "\n/* edited */\n"),
            ["static file added"] = folder => [folder.Write(Path.Combine("input", "static", "files", "note.txt"), "hello\n")],
            // A watcher reports a new folder by its own path: files written into it before it was watched are found by listing it.
            ["folder of entries added, reported as the folder"] = folder =>
            {
                folder.Write(Path.Combine("input", "entries", "1999", "an-event-in-a-new-folder.md"), NewEntry);
                return [folder[Path.Combine("input", "entries", "1999")]];
            },
            ["folder of static files renamed"] = folder =>
            {
                folder.Write(Path.Combine("input", "static", "old-name", "a.txt"), "a\n");
                Directory.Move(folder[Path.Combine("input", "static", "old-name")], folder[Path.Combine("input", "static", "new-name")]);
                return [folder[Path.Combine("input", "static", "old-name")], folder[Path.Combine("input", "static", "new-name")]];
            },
        };

    [Fact]
    public void A_folder_removed_and_reported_as_the_folder_takes_its_files_with_it()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        builder.Build([]);
        var added = builder.Build([folder.Write(Path.Combine("input", "static", "files", "a.txt"), "a\n"), folder.Write(Path.Combine("input", "entries", "1999", "a-new-event.md"), NewEntry)]);
        Assert.Contains(added.Result.Files, f => f.Path == "files/a.txt");

        Directory.Delete(folder[Path.Combine("input", "static")], recursive: true);
        Directory.Delete(folder[Path.Combine("input", "entries", "1999")], recursive: true);
        var removed = builder.Build([folder[Path.Combine("input", "static")], folder[Path.Combine("input", "entries", "1999")]]);

        Assert.DoesNotContain(removed.Result.Files, f => f.Path == "files/a.txt" || f.Path.StartsWith("entries/a-new-event/", StringComparison.Ordinal));
        AssertSameAsFullBuild(options, removed);
    }

    [Fact]
    public void A_change_the_watcher_missed_is_seen_once_it_says_it_lost_track()
    {
        using var folder = new TempFolder();
        var options = SyntheticOptions(folder);
        var builder = new IncrementalBuilder(options);
        builder.Build([]);

        folder.Write(Path.Combine("input", "entries", "2000", "a-new-event.md"), NewEntry);
        var rebuild = builder.Build([], lostTrack: true);

        Assert.Contains(rebuild.Result.Files, f => f.Path == "entries/a-new-event/index.html");
        AssertSameAsFullBuild(options, rebuild);
    }

    private const string NewEntry = """
        ---
        event: A new event between others
        date: 2000-01-15
        parties: [party-003, party-011]
        summary: Added while the preview runs.
        tags: [another-new-tag]
        sources:
          - title: New report
            publisher: Example Wire
            published: 2000-01-15
        ---
        Added; links to [an older event](/entries/event-00002/).
        """;

    private static IReadOnlyList<string> EditBody(TempFolder folder) =>
        ReplaceInEntry(folder, 10, "did something noteworthy", "did something **remarkable**");

    private static IReadOnlyList<string> EditTemplate(TempFolder folder) =>
        Replace(folder, Path.Combine("theme", "layouts", "base.liquid"), "</main>", "</main>\n<!-- edited -->");

    private static readonly string ManyCorrections = "corrections:\n" + string.Concat(
        new[] { "2000-05-02", "2000-05-09" }.Concat(Enumerable.Range(1, 6).Select(d => $"2001-02-{d:D2}")).Concat(Enumerable.Range(10, 5).Select(d => $"2001-07-{d:D2}"))
            .Select((day, i) => $"  - date: {day}\n    text: Correction number {i + 1} of this entry.\n"));

    private static IReadOnlyList<string> ReplaceInEntry(TempFolder folder, int index, string from, string to) =>
        Replace(folder, Path.Combine("input", SyntheticSite.EntryPath(index)), from, to);

    private static IReadOnlyList<string> Replace(TempFolder folder, string relative, string from, string to)
    {
        var text = File.ReadAllText(folder[relative]);
        Assert.Contains(from, text);
        return [folder.Write(relative, text.Replace(from, to))];
    }

    private static IReadOnlyList<string> Append(TempFolder folder, string relative, string text) =>
        [folder.Write(relative, File.ReadAllText(folder[relative]) + text)];

    private static IReadOnlyList<string> Delete(TempFolder folder, string relative)
    {
        File.Delete(folder[relative]);
        return [folder[relative]];
    }

    private static IReadOnlyList<string> Move(TempFolder folder, string from, string to)
    {
        File.Move(folder[from], folder[to]);
        return [folder[from], folder[to]];
    }

    /// <summary>40 entries in January and February 2000 (and a busy day), with list limits low enough that the year is split into
    /// month pages, the months into days, the busy day by the first letters of its headlines, index pages show only the latest few, the tags and
    /// parties indexes are split by first letters and the sitemap into parts: edits move entries between pages of every kind.</summary>
    private static BuildOptions SyntheticOptions(TempFolder folder)
    {
        SyntheticSite.Write(folder["input"], Entries);
        WriteBusyDay(folder);
        folder.CopyFrom(RepositoryPaths.Theme, "theme");
        return new BuildOptions(folder["input"], folder["theme"], folder["output"]) { Lists = new ListLimits(PerPage: 10, Latest: 5, SitemapUrls: 25) };
    }

    /// <summary>11 more events on 15 January 2000, which has one already: more than the 10 a page lists, so the day is listed by
    /// the first letters of its headlines, and its "S" (12 events) by the letters that follow.</summary>
    private static void WriteBusyDay(TempFolder folder)
    {
        for (var i = 1; i <= 11; i++)
        {
            folder.Write(Path.Combine("input", "entries", "2000", $"same-day-{i:D2}.md"), $"""
                ---
                event: Same-day event {i:D2}
                date: 2000-01-15
                parties: [party-{20 + i:D3}]
                summary: One of many events of one day.
                sources:
                  - title: Busy-day report {i}
                    publisher: Example Wire
                    published: 2000-01-15
                ---
                One of many.
                """);
        }
    }

    private static void AssertSameAsFullBuild(BuildOptions options, Rebuild rebuild, string? step = null)
    {
        var full = SiteBuild.InMemory(options);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.True(rebuild.Result.Succeeded, string.Join("\n", rebuild.Result.Diagnostics));
        Assert.Equal(full.Files.Select(f => f.Path), rebuild.Result.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Result.Files.Zip(rebuild.Result.Files))
            Assert.True(expected == actual, $"{step}: {expected.Path} differs from a full build");
        Assert.Equal(full.Diagnostics, rebuild.Result.Diagnostics);
    }
}
