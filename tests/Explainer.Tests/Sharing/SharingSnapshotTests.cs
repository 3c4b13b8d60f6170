using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Sharing;

/// <summary>
/// One entry of the fixture site (tests/fixtures/snapshot-site), its JSON-LD (indented for review) and its three citation
/// formats, against reviewed snapshots. A party's feed is in the site snapshot: Snapshots/snapshot-site/parties/northwind/feed.verified.xml.
/// </summary>
public class SharingSnapshotTests
{
    private static readonly string Verified = Path.Combine(RepositoryPaths.Root, "tests", "Explainer.Tests", "Sharing", "Snapshots");

    [Fact]
    public void One_entrys_JSON_LD_and_citations_match_their_snapshots()
    {
        var input = Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input");
        var site = SiteBuild.InMemory(new BuildOptions(input, RepositoryPaths.Theme, "unused", "/explainer/", GitHistory: false));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var document = new HtmlParser().ParseDocument(site.Text("entries/ministry-restricts-gale/index.html"));

        var jsonLd = new JsonArray(document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonNode.Parse(s.TextContent)).ToArray());
        var citations = document.QuerySelectorAll("section.cite pre").Select(p => p.TextContent).ToList();
        Assert.Equal(3, citations.Count);

        var received = new Dictionary<string, string>
        {
            ["EntryJsonLd.verified.json"] = jsonLd.ToJsonString(new JsonSerializerOptions
                { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n",
            ["EntryCitation.verified.txt"] = citations[0] + "\n",
            ["EntryCitation.verified.bib"] = citations[1] + "\n",
            ["EntryCitation.verified.json"] = citations[2] + "\n",
        };
        var failures = received.Select(r => Snapshot.Compare(Path.Combine(Verified, r.Key), r.Value)).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
