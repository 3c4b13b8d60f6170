using System.Net;
using System.Net.Sockets;
using Explainer.Build;
using Explainer.Output;
using Explainer.Preview;
using Explainer.Tests.Support;

namespace Explainer.Tests.Preview;

/// <summary>Issue 5: preview serves like GitHub Pages, reloads tabs after an edit, survives broken edits and merges bursts of saves.</summary>
public class PreviewServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_edit_changes_the_served_page_and_signals_a_reload()
    {
        await using var preview = await RunningPreview.StartAsync();
        var before = await preview.Http.GetStringAsync(preview.Url(RunningPreview.EntryUrl));
        Assert.Contains("reportedly restricted the use of Gale", before);
        var reloads = await preview.ListenAsync();

        preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's leaked memo was");

        var signal = await reloads.NextAsync(Patience);
        Assert.Equal("reload", signal?.Name);
        var after = await preview.Http.GetStringAsync(preview.Url(RunningPreview.EntryUrl));
        Assert.Contains("leaked memo", after);
        Assert.Contains($"data-version=\"{signal!.Value.Data}\"", after);
    }

    [Fact]
    public async Task The_live_reload_script_is_added_while_serving_and_never_written_to_the_output_folder()
    {
        await using var preview = await RunningPreview.StartAsync();

        var page = await preview.Http.GetStringAsync(preview.Url(""));
        var script = await preview.Http.GetAsync(preview.Url(LiveReloadScript.Folder + LiveReloadScript.ScriptName));

        Assert.Contains("<script src=\"/explainer/__explainer/live-reload.js\"", page);
        Assert.Equal(page.LastIndexOf("<script", StringComparison.Ordinal), page.IndexOf("__explainer/live-reload.js", StringComparison.Ordinal) - "<script src=\"/explainer/".Length);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Directory.EnumerateFiles(preview.Options.OutputFolder, "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("__explainer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_serves_as_GitHub_Pages_does()
    {
        await using var preview = await RunningPreview.StartAsync();

        var redirect = await preview.Http.GetAsync(preview.Url("faq"));
        var missing = await preview.Http.GetAsync(preview.Url("no-such-page/"));
        var css = await preview.Http.GetAsync(preview.Url("assets/site.css"));
        var outside = await preview.Http.GetAsync(new Uri(preview.Session.Address, "/elsewhere/"));

        Assert.Equal("/explainer/", preview.Session.Address.AbsolutePath);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/explainer/faq/", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("live-reload.js", await missing.Content.ReadAsStringAsync());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task A_broken_edit_serves_the_error_page_with_the_console_messages_and_the_next_good_save_recovers()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();
        var good = File.ReadAllText(preview.InputPath(RunningPreview.Entry));

        preview.Edit(RunningPreview.Entry, "date: 2026-03", "date: 2026-13");
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);

        var expected = SiteGenerator.Generate(preview.Options).Diagnostics;
        Assert.NotEmpty(expected);
        foreach (var url in new[] { RunningPreview.EntryUrl, "", "timeline/", "not-a-page/" })
        {
            var response = await preview.Http.GetAsync(preview.Url(url));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            foreach (var diagnostic in expected) Assert.Contains(WebUtility.HtmlEncode(diagnostic.ToString()), html);
            Assert.Contains("live-reload.js", html);
        }
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync(preview.Url("assets/site.css"))).StatusCode);
        Assert.Contains(preview.Reports, r => r is PreviewReport.Failed);

        File.WriteAllText(preview.InputPath(RunningPreview.Entry), good.Replace("The ministry's memo was", "The ministry's fixed memo was"));
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        var recovered = await preview.Http.GetAsync(preview.Url(RunningPreview.EntryUrl));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Contains("fixed memo", await recovered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_burst_of_saves_and_editor_temporary_files_becomes_one_rebuild()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();
        var path = preview.InputPath(RunningPreview.Entry);
        var folder = Path.GetDirectoryName(path)!;
        var builds = preview.Reports.Count;
        var marker = await InOneBatchAsync(preview, folder, () =>
        {
            // What vim does on :w, then two quick saves of the real file.
            File.WriteAllText(Path.Combine(folder, "4913"), "");
            File.Delete(Path.Combine(folder, "4913"));
            File.WriteAllText(Path.Combine(folder, ".ministry-restricts-gale.md.swp"), "swap");
            File.WriteAllText(Path.Combine(folder, "ministry-restricts-gale.md~"), "backup");
            preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's first memo was");
            preview.Edit(RunningPreview.Entry, "first memo", "second memo");
        });

        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        Assert.Null(await reloads.NextAsync(TimeSpan.FromSeconds(1)));
        var rebuilt = Assert.IsType<PreviewReport.Rebuilt>(Assert.Single(preview.Reports.Skip(builds)));
        // The editor's files never reached the batch; the entry did (the marker is a hidden file, which the build ignores).
        Assert.Equal([Path.GetFullPath(marker), Path.GetFullPath(path)], rebuilt.Trigger.Order(StringComparer.Ordinal));
        Assert.Contains("second memo", await preview.Http.GetStringAsync(preview.Url(RunningPreview.EntryUrl)));
    }

    [Fact]
    public async Task A_save_through_a_temporary_file_is_reported_as_the_one_file_saved()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();
        var path = preview.InputPath(RunningPreview.Entry);
        var folder = Path.GetDirectoryName(path)!;
        var builds = preview.Reports.Count;
        var marker = await InOneBatchAsync(preview, folder, () =>
        {
            // What sed -i and some editors do: write the new text beside the file, then rename it onto the file.
            var temporary = Path.Combine(folder, "sedX4fK2q");
            File.WriteAllText(temporary, File.ReadAllText(path).Replace("The ministry's memo was", "The ministry's renamed memo was"));
            File.Move(temporary, path, overwrite: true);
        });

        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        var rebuilt = Assert.IsType<PreviewReport.Rebuilt>(await ReportAfterAsync(preview, builds));
        Assert.Equal([Path.GetFullPath(marker), Path.GetFullPath(path)], rebuilt.Trigger.Order(StringComparer.Ordinal));
        Assert.Contains("renamed memo", await preview.Http.GetStringAsync(preview.Url(RunningPreview.EntryUrl)));
    }

    [Fact]
    public async Task An_input_folder_deleted_and_made_again_is_watched_again()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();
        var input = preview.Folder["input"];
        var copy = preview.Folder["input-copy"];
        Folders.Copy(input, copy);

        // What restoring a backup over a deleted folder does: the folder the watcher saw is gone, a new one takes its place.
        Directory.Delete(input, recursive: true);
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        Folders.Copy(copy, input);
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's restored memo was");

        // The edit is seen by the new watcher and rebuilt (the copy may have come in more than one burst, so the page is asked
        // until it has the edit rather than after a counted number of reloads).
        Assert.Contains("restored memo", await EntryPageOnceItHasAsync(preview, "restored memo"));
    }

    [Fact]
    public async Task An_input_folder_renamed_away_is_let_go_and_its_return_is_read_in_full()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();
        var input = preview.Folder["input"];
        var away = preview.Folder["input-away"];

        // Its watcher would follow the folder to its new name: the site would go on showing a folder that is not input/ any more.
        Directory.Move(input, away);
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        // Every page is the list of errors meanwhile (served as an error).
        var gone = await preview.Http.GetAsync(preview.Url(RunningPreview.EntryUrl));
        Assert.False(gone.IsSuccessStatusCode);
        Assert.Contains("there is no site.yml", await gone.Content.ReadAsStringAsync());

        // Edited while away, then moved back: the folder is watched again and read in full.
        var file = Path.Combine(away, RunningPreview.Entry);
        File.WriteAllText(file, File.ReadAllText(file).Replace("The ministry's memo was", "The ministry's travelling memo was"));
        Directory.Move(away, input);
        Assert.Contains("travelling memo", await EntryPageOnceItHasAsync(preview, "travelling memo"));
        preview.Edit(RunningPreview.Entry, "travelling memo", "returned memo");
        Assert.Contains("returned memo", await EntryPageOnceItHasAsync(preview, "returned memo"));
    }

    /// <summary>The entry's served page (an error page included) once it contains <paramref name="text"/>, or as it is after
    /// <see cref="Patience"/>: for changes that may take more than one burst of events to arrive.</summary>
    private static async Task<string> EntryPageOnceItHasAsync(RunningPreview preview, string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var page = await (await preview.Http.GetAsync(preview.Url(RunningPreview.EntryUrl))).Content.ReadAsStringAsync();
            if (page.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow >= deadline) return page;
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Makes <paramref name="writes"/> one batch of changes: the batch is held open until the watcher has seen a marker written
    /// after them, so how fast a loaded machine writes them (once longer than the quiet period) does not decide how many
    /// rebuilds there are. Returns the marker's path (a hidden file, which the build ignores but the batch lists).
    /// </summary>
    private static async Task<string> InOneBatchAsync(RunningPreview preview, string folder, Action writes)
    {
        var marker = Path.Combine(folder, ".end-of-burst");
        var seen = preview.Session.Watcher.SeenAsync(marker);
        using (preview.Session.Watcher.Hold())
        {
            writes();
            File.WriteAllText(marker, "");
            await seen.WaitAsync(Patience);
        }
        return marker;
    }

    /// <summary>The first report after the first <paramref name="count"/>: the reload signal goes out just before it is made.</summary>
    private static async Task<PreviewReport> ReportAfterAsync(RunningPreview preview, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (preview.Reports.Count <= count && DateTime.UtcNow < deadline) await Task.Delay(20);
        return preview.Reports.Skip(count).First();
    }

    [Fact]
    public async Task After_edits_the_output_folder_equals_a_fresh_full_build()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();

        preview.Edit(RunningPreview.Entry, "date: 2026-03", "date: 2024-01");
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        File.Delete(preview.InputPath("entries/2026/northwind-withdraws-claim.md"));
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);

        using var fresh = new TempFolder();
        SiteBuild.Into(preview.Options with { OutputFolder = fresh["site"] });
        Assert.Equal(Folders.Hashes(fresh["site"]), Folders.Hashes(preview.Options.OutputFolder));
    }

    [Fact]
    public async Task An_output_folder_deleted_or_replaced_under_preview_is_written_whole_at_the_next_save()
    {
        await using var preview = await RunningPreview.StartAsync();
        var reloads = await preview.ListenAsync();

        // Deleted: a save used to write only its own pages into an empty folder.
        Directory.Delete(preview.Options.OutputFolder, recursive: true);
        preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's leaked memo was");
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        using (var fresh = new TempFolder())
        {
            SiteBuild.Into(preview.Options with { OutputFolder = fresh["site"] });
            Assert.Equal(Folders.Hashes(fresh["site"]), Folders.Hashes(preview.Options.OutputFolder));
        }

        // Replaced by a build for another base path in another terminal: a save used to leave pages of both.
        SiteBuild.Into(preview.Options with { BasePath = "/elsewhere/" });
        preview.Edit(RunningPreview.Entry, "leaked memo", "leaked and dated memo");
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        using (var fresh = new TempFolder())
        {
            SiteBuild.Into(preview.Options with { OutputFolder = fresh["site"] });
            Assert.Equal(Folders.Hashes(fresh["site"]), Folders.Hashes(preview.Options.OutputFolder));
        }
        Assert.Contains(preview.Reports, r => r is PreviewReport.OutputReplaced);
    }

    [Fact]
    public async Task Successful_rebuilds_reach_the_after_rebuild_hook_that_search_indexing_uses()
    {
        var updates = new System.Collections.Concurrent.ConcurrentQueue<SiteUpdate>();
        await using var preview = await RunningPreview.StartAsync((update, _) => { updates.Enqueue(update); return Task.CompletedTask; });
        var reloads = await preview.ListenAsync();

        preview.Edit(RunningPreview.Entry, "The ministry's memo was", "The ministry's indexed memo was");
        Assert.Equal("reload", (await reloads.NextAsync(Patience))?.Name);
        await preview.Session.ListenerIdle;

        Assert.True(updates.First().Everything);
        Assert.Contains(updates.Skip(1), u => u.ChangedFiles.Contains(RunningPreview.EntryUrl + "index.html"));
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_problem_not_an_exception()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var folder = new TempFolder();

        var (session, problem) = await PreviewSession.StartAsync(
            new PreviewOptions(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]), port), _ => { });

        Assert.Null(session);
        Assert.Contains($"127.0.0.1:{port}", problem);
        Assert.Contains("--port", problem);
    }

    [Theory]
    [InlineData("4913", true)]
    [InlineData(".entry.md.swp", true)]
    [InlineData("entry.md~", true)]
    [InlineData(".#entry.md", true)]
    [InlineData("entry.md.tmp", true)]
    [InlineData("entry.md", false)]
    [InlineData("site.css", false)]
    public void Editor_temporary_files_are_ignored(string name, bool ignored) =>
        Assert.Equal(ignored, ChangeWatcher.IsEditorNoise(Path.Combine("/site/input/entries", name)));
}
