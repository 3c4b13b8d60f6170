using Explainer.Cli;
using Explainer.Diff;
using Explainer.Tests.Support;

namespace Explainer.Tests.Diff;

/// <summary>Issue 11 point 2: <c>diff OLD NEW</c> lists exactly the pages whose visible text changed, with a readable text diff.</summary>
public class SiteDiffTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    [Fact]
    public void A_change_to_one_entry_body_lists_only_that_entry_page_with_a_line_diff()
    {
        using var folder = new TempFolder();
        var before = Build(folder, "old", new());
        var after = Build(folder, "new", new() { [Entry] = SiteBuild.MinimalSite[Entry].Replace("Acme **launched** Widget.", "Acme **launched** Widget in March.") });

        var comparison = SiteComparison.Compare(before, after);

        Assert.Equal(["/entries/acme-launches-widget/"], comparison.Changed.Select(c => c.Url));
        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Removed);
        var markdown = DiffMarkdown.Render(comparison);
        Assert.Contains("## Site changes: 1 page changed, 0 added, 0 removed", markdown);
        Assert.Contains("\n- Acme launched Widget.\n+ Acme launched Widget in March.\n", markdown);
        Assert.DoesNotContain("<strong>", markdown);
    }

    [Fact]
    public void A_new_entry_is_listed_as_added_and_the_lists_that_show_it_as_changed()
    {
        using var folder = new TempFolder();
        var before = Build(folder, "old", new());
        var after = Build(folder, "new", new()
        {
            ["entries/2026/acme-recalls-widget.md"] = SiteBuild.MinimalSite[Entry].Replace("Acme launches Widget", "Acme recalls Widget")
                .Replace("2026-03-05", "2026-04-01").Replace("What is Widget?", "Why was Widget recalled?"),
        });

        var comparison = SiteComparison.Compare(before, after);

        Assert.Equal(["/entries/acme-recalls-widget/"], comparison.Added);
        Assert.Empty(comparison.Removed);
        // The lists that show the new entry changed, and the search page, which counts the events (issue 13); pages it does
        // not appear on (the 404) did not.
        var changed = comparison.Changed.Select(c => c.Url).ToList();
        Assert.Superset(new HashSet<string> { "/", "/faq/", "/parties/acme/", "/parties/widget/", "/search/", "/tags/launches/", "/timeline/" }, changed.ToHashSet());
        Assert.DoesNotContain("/404.html", changed);
        Assert.Contains("+ Acme recalls Widget", DiffMarkdown.Render(comparison));
    }

    [Fact]
    public void Identical_builds_have_no_changes()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Success, DiffCommand.Run(Build(folder, "a", new()), Build(folder, "b", new()), 60_000, output));
        Assert.Contains("No page's visible text changed.", output.ToString());
        Assert.Equal(ExitCodes.UsageError, DiffCommand.Run(folder["a"], folder["missing"], 60_000, new StringWriter()));
    }

    [Fact]
    public void A_file_given_for_a_site_is_called_a_file()
    {
        using var folder = new TempFolder();
        var site = Build(folder, "a", new());

        Assert.Null(DiffCommand.NotABuiltSite(site));
        Assert.StartsWith("'" + folder["missing"] + "' is not a built site (no index.html)", DiffCommand.NotABuiltSite(folder["missing"]));
        Assert.Contains("is a file; give the folder of a built site", DiffCommand.NotABuiltSite(Path.Combine(site, "index.html")));
        Assert.Equal(ExitCodes.UsageError, DiffCommand.Run(site, Path.Combine(site, "index.html"), 60_000, new StringWriter()));
    }

    [Fact]
    public void Contributed_text_cannot_break_out_of_the_code_fence_or_add_links()
    {
        using var folder = new TempFolder();
        var before = Build(folder, "old", new());
        var after = Build(folder, "new", new()
        {
            [Entry] = SiteBuild.MinimalSite[Entry].Replace("Acme **launched** Widget.", "Acme `````` [click](https://evil.example) ``` ![x](https://evil.example/p.png)"),
        });

        var markdown = DiffMarkdown.Render(SiteComparison.Compare(before, after));

        Assert.Contains("\n```````diff\n", markdown);
        Assert.Equal(@"Acme \[click\]\(https\:\/\/evil\.example\)", DiffMarkdown.Escape("Acme [click](https://evil.example)"));
    }

    [Fact]
    public void A_change_to_every_page_of_a_large_site_still_fits_a_comment_with_counts_of_what_is_left_out()
    {
        // What renaming a 10,000-entry site does: every page changes (the list of them alone was 1.4 MB), some are added and removed.
        DiffPlex.DiffBuilder.Model.DiffPiece[] lines =
            [new("Old Explainer", DiffPlex.DiffBuilder.Model.ChangeType.Deleted), new("Renamed Explainer", DiffPlex.DiffBuilder.Model.ChangeType.Inserted)];
        var changed = Enumerable.Range(1, 11_000).Select(i => new ChangedPage($"/entries/an-entry-with-a-long-slug-number-{i:D5}/", $"Entry {i} · Renamed Explainer", lines)).ToList();
        var comparison = new SiteComparison(
            Enumerable.Range(1, 3_000).Select(i => $"/entries/added-{i:D5}/").ToList(), Enumerable.Range(1, 5).Select(i => $"/entries/removed-{i}/").ToList(), changed);

        var markdown = DiffMarkdown.Render(comparison, 60_000);

        Assert.InRange(markdown.Length, 30_000, 61_000);
        Assert.StartsWith("## Site changes: 11000 pages changed, 3000 added, 5 removed", markdown);
        Assert.Matches(@"\n- … and \d+ more added pages, not listed here to stay within GitHub's size limit\n", markdown);
        // Each list has its own share: the few removed pages are all listed, after thousands of added ones.
        Assert.Contains("- `/entries/removed-5/`\n", markdown);
        Assert.Contains("- `/entries/an-entry-with-a-long-slug-number-00001/` Entry 1", markdown);
        Assert.Matches(@"\n- … and \d+ more changed pages, not listed here", markdown);
        // The page diffs still get the other half of the room.
        Assert.Contains("\n- Old Explainer\n+ Renamed Explainer\n", markdown);
        Assert.Matches(@"\*\d+ more changed pages not shown here", markdown);
    }

    private static string Build(TempFolder folder, string name, Dictionary<string, string> files)
    {
        using var input = new TempFolder();
        var result = SiteBuild.Generate(input, files, "/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files) folder.WriteBytes(Path.Combine(name, file.Path), file.Bytes);
        return folder[name];
    }
}
