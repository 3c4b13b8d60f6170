using System.Text.Json;
using Explainer.Tests.Support;

namespace Explainer.Tests.Data;

/// <summary>Issue 12: one entry's JSON record and the calendar of the data test site, against their reviewed snapshots.</summary>
public class DataSnapshotTests
{
    private static readonly string Verified = Path.Combine(RepositoryPaths.Root, "tests", "Explainer.Tests", "Data", "Snapshots");

    [Fact]
    public void One_entrys_json_record_matches_its_snapshot()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        using var document = JsonDocument.Parse(site.Text("data/entries.json"));
        var record = document.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "acme-launches-widget");

        // Indented for review; the file holds the same record on one line.
        var text = JsonSerializer.Serialize(record, new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).ReplaceLineEndings("\n") + "\n";
        Assert.Null(Snapshot.Compare(Path.Combine(Verified, "EntryRecord.verified.json"), text));
    }

    [Fact]
    public void The_calendar_matches_its_snapshot()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        Assert.Null(Snapshot.Compare(Path.Combine(Verified, "Calendar.verified.ics"), site.Text("calendar.ics")));
    }
}
