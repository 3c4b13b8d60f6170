using System.Diagnostics;
using Explainer.Build;
using Explainer.History;
using Explainer.Tests.Support;

namespace Explainer.Tests.Trust;

/// <summary>Issue 9: "Published" and "Last updated" come from git in one pass; outside a checkout they fall back to <c>updated:</c>.</summary>
public class GitHistoryTests
{
    private static void Git(string folder, string date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date;
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
    }

    /// <summary>The minimal site committed on 5 March, the entry changed again on 9 March 2026 (and an uncommitted party edit).</summary>
    private static string Repository(TempFolder folder)
    {
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        Git(folder.Path, "2026-03-05T10:00:00Z", "init", "-q", "-b", "main");
        Git(folder.Path, "2026-03-05T10:00:00Z", "add", "-A");
        Git(folder.Path, "2026-03-05T10:00:00Z", "commit", "-q", "-m", "first");
        var entry = folder["input/entries/2026/acme-launches-widget.md"];
        File.AppendAllText(entry, "\nMore.\n");
        Git(folder.Path, "2026-03-09T23:30:00Z", "commit", "-q", "-am", "second");
        return folder["input"];
    }

    [Fact]
    public void One_pass_over_the_log_gives_each_files_first_and_last_commit_day()
    {
        using var folder = new TempFolder();
        var history = GitHistoryReader.Read(Repository(folder));

        Assert.True(history.IsGitCheckout);
        Assert.Equal("input/", history.InputPrefix);
        Assert.False(history.Shallow);
        Assert.Equal(new FileHistory(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 9)), history.For("entries/2026/acme-launches-widget.md"));
        Assert.Equal(new FileHistory(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5)), history.For("parties/acme.md"));
        Assert.Null(history.For("entries/2026/not-committed.md"));
    }

    [Fact]
    public void Outside_a_git_checkout_there_is_no_history()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        Assert.False(GitHistoryReader.Read(folder["input"]).IsGitCheckout);
    }

    [Fact]
    public void Entry_pages_show_published_last_updated_and_a_history_link_from_git()
    {
        using var folder = new TempFolder();
        var input = Repository(folder);
        var result = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, folder["output"]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("Published <time datetime=\"2026-03-05\">5 March 2026</time> · Last updated <time datetime=\"2026-03-09\">9 March 2026</time>", page);
        Assert.Contains("<a href=\"https://github.com/example/explainer/commits/main/input/entries/2026/acme-launches-widget.md\">History</a>", page);
        Assert.Contains("<lastmod>2026-03-09</lastmod>", result.Text("sitemap.xml"));
        Assert.Contains("<updated>2026-03-09T00:00:00Z</updated>", result.Text("feed.xml"));

        // Same commit, same bytes.
        var again = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, folder["output"]));
        Assert.Equal(result.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), again.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
    }

    [Fact]
    public void Without_git_pages_fall_back_to_updated_and_omit_the_history_link()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("faq:", "updated: 2026-03-07\nfaq:");
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });

        var page = result.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("Last updated <time datetime=\"2026-03-07\">7 March 2026</time>", page);
        Assert.DoesNotContain(">History<", page);
        Assert.DoesNotContain("/commits/", page);
    }

    [Fact]
    public void A_correction_dated_before_the_entry_was_first_published_is_a_warning()
    {
        using var folder = new TempFolder();
        var entry = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("faq:",
            "corrections:\n  - date: 2026-03-01\n    text: Said March 3.\n  - date: 2026-03-05\n    text: Said March 4.\nfaq:");
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry });
        Git(folder.Path, "2026-03-05T10:00:00Z", "init", "-q", "-b", "main");
        Git(folder.Path, "2026-03-05T10:00:00Z", "add", "-A");
        Git(folder.Path, "2026-03-05T10:00:00Z", "commit", "-q", "-m", "first");

        var result = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Explainer.Diagnostics.DiagnosticCodes.CorrectionBeforePublication);
        Assert.Equal("the correction is dated 1 March 2026, before this entry was first published (5 March 2026)", warning.Message);
        Assert.EndsWith("acme-launches-widget.md", warning.Location.Path);
        // Outside git the page shows no publication day, so there is nothing to contradict.
        using var plain = new TempFolder();
        Assert.DoesNotContain(SiteBuild.Generate(plain, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = entry }).Diagnostics,
            d => d.Code == Explainer.Diagnostics.DiagnosticCodes.CorrectionBeforePublication);
    }

    [Fact]
    public void History_can_be_turned_off_for_output_that_must_not_depend_on_commit_times()
    {
        using var folder = new TempFolder();
        var input = Repository(folder);
        var result = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, folder["output"], GitHistory: false));
        Assert.DoesNotContain(">History<", result.Text("entries/acme-launches-widget/index.html"));
    }
}
