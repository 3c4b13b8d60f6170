using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Snapshots;

/// <summary>Every page type of the fixture site (tests/fixtures/snapshot-site) against its reviewed snapshot, in both directions.</summary>
public class SiteSnapshotTests
{
    private static readonly string Verified = Path.Combine(RepositoryPaths.Root, "tests", "Explainer.Tests", "Snapshots", "snapshot-site");

    [Fact]
    public void Every_page_of_the_fixture_site_matches_its_snapshot()
    {
        var input = Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input");
        // Commit dates would change the snapshots with every commit that touches the fixture: history is tested on its own.
        var result = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, "unused", "/explainer/", GitHistory: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Assets and schemas are files of the repository copied as they are, reviewed as code; snapshots cover what the generator writes.
        var received = result.Files
            .Where(f => !f.Path.StartsWith("assets/", StringComparison.Ordinal) && !f.Path.StartsWith("schemas/", StringComparison.Ordinal))
            // Verified files are read back as text, which drops a byte-order mark: the CSV's is checked in DataFilesTests.
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes).TrimStart('\uFEFF'));

        Snapshot.MatchFolder(Verified, received);
    }
}
