using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>The snapshot helper itself must be able to fail, and must say where and how.</summary>
public class SnapshotTests
{
    [Fact]
    public void A_changed_file_fails_with_a_diff_and_writes_the_received_file()
    {
        if (Snapshot.Accepting) return;
        using var folder = new TempFolder();
        var verified = folder.Write("Page.verified.html", "<h1>Title</h1>\n<p>old</p>\n");

        var problem = Snapshot.Compare(verified, "<h1>Title</h1>\n<p>new</p>\n");

        Assert.NotNull(problem);
        Assert.Contains("- ", problem);
        Assert.Contains("<p>old</p>", problem);
        Assert.Contains("+ ", problem);
        Assert.Contains("<p>new</p>", problem);
        Assert.Equal("<h1>Title</h1>\n<p>new</p>\n", File.ReadAllText(folder["Page.received.html"]));
    }

    [Fact]
    public void Missing_and_extra_files_both_fail_a_folder_comparison()
    {
        if (Snapshot.Accepting) return;
        using var folder = new TempFolder();
        folder.Write("site/index.verified.html", "home");
        folder.Write("site/gone.verified.html", "gone");

        var error = Assert.ThrowsAny<Exception>(() => Snapshot.MatchFolder(folder["site"], new Dictionary<string, string>
        {
            ["index.html"] = "home",
            ["new/index.html"] = "new",
        }));

        Assert.Contains("gone.html: the build no longer produces this file", error.Message);
        Assert.Contains("new/index.verified.html does not exist yet", error.Message);
    }

    [Fact]
    public void An_identical_file_passes_and_leaves_no_received_file()
    {
        using var folder = new TempFolder();
        var verified = folder.Write("Page.verified.html", "same\n");

        Assert.Null(Snapshot.Compare(verified, "same\n"));
        Assert.False(File.Exists(folder["Page.received.html"]));
    }
}
