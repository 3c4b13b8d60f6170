using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Explainer.Benchmark;
using Explainer.Build;
using Explainer.Data;
using Explainer.Tests.Support;

namespace Explainer.Tests.Data;

/// <summary>Issue 12, point 1: the data downloads validate against their schemas, open in a spreadsheet safely and repeat byte for byte.</summary>
public class DataFilesTests
{
    private static readonly string[] JsonFolders = ["data/"];

    [Fact]
    public void Every_json_data_file_of_the_real_site_validates_against_its_schema()
    {
        var site = SiteBuild.InMemory(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused"));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        AssertEveryJsonFileValid(site, expectedEntries: site.Statistics.Entries);
    }

    [Fact]
    public void Every_json_data_file_of_a_generated_larger_site_validates_and_the_csv_has_a_row_per_entry()
    {
        const int entries = 500;
        using var folder = new TempFolder();
        SyntheticSite.Write(folder["input"], entries);
        var site = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"], "/explainer/", GitHistory: false));
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        AssertEveryJsonFileValid(site, entries);
        Assert.Equal(entries, ReadCsv(site).Count);
        // One event a day from 1 January 2000: 2000 and 2001 (500 days), each in a file of its own.
        Assert.NotNull(site.File("data/entries/2000.json"));
        Assert.NotNull(site.File("data/entries/2001.json"));
    }

    [Fact]
    public void Every_json_data_file_of_the_hostile_site_validates()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        AssertEveryJsonFileValid(site, expectedEntries: 11);
    }

    [Fact]
    public void The_schemas_reject_a_record_that_breaks_them()
    {
        using var folder = new TempFolder();
        var json = SiteBuild.Generate(folder, DataSite.Files()).Text(Explainer.SiteModel.SitePaths.DataEntries);

        Assert.Empty(DataSchemas.Errors(json));
        Assert.NotEmpty(DataSchemas.Errors(json.Replace("\"status\":\"reported\"", "\"status\":\"rumoured\"")));
        Assert.NotEmpty(DataSchemas.Errors(json.Replace("\"earliest\":\"2026-03-01\"", "\"earliest\":\"1 March 2026\"")));
        Assert.NotEmpty(DataSchemas.Errors(json.Replace("\"id\": \"CC-BY-4.0\"", "\"id\": \"CC BY 4.0\"")));
        Assert.Contains("\"faq\":[]", json);
        Assert.NotEmpty(DataSchemas.Errors(json.Replace("\"faq\":[]", "\"questions\":[]")));
    }

    [Fact]
    public void Entries_json_holds_each_entry_with_its_date_bounds_resolved_parties_and_absolute_url()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        using var document = System.Text.Json.JsonDocument.Parse(site.Text("data/entries.json"));
        var entries = document.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var byDay = entries.Single(e => e.GetProperty("slug").GetString() == "by-a-day");

        Assert.Equal("../2026-04-04", byDay.GetProperty("date").GetProperty("edtf").GetString());
        Assert.Equal("By 4 April 2026", byDay.GetProperty("date").GetProperty("text").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byDay.GetProperty("date").GetProperty("earliest").ValueKind);
        Assert.Equal("2026-04-04", byDay.GetProperty("date").GetProperty("latest").GetString());
        Assert.Equal("https://example.org/explainer/entries/by-a-day/", byDay.GetProperty("url").GetString());
        Assert.Equal("Acme Corp", byDay.GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Equal("CC-BY-4.0", document.RootElement.GetProperty("license").GetProperty("id").GetString());
        // Timeline order: the records are sorted as the timeline is.
        var slugs = entries.Select(e => e.GetProperty("slug").GetString()).ToList();
        Assert.True(slugs.IndexOf("hostile-0") < slugs.IndexOf("by-a-day"));
    }

    [Fact]
    public void Each_year_file_holds_the_same_records_as_entries_json()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        var all = Records(site.Text("data/entries.json"));
        var years = site.Files.Where(f => f.Path.StartsWith("data/entries/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => Records(Encoding.UTF8.GetString(f.Bytes))).ToList();

        Assert.Equal(["data/entries/2025.json", "data/entries/2026.json"],
            site.Files.Where(f => f.Path.StartsWith("data/entries/", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(all, years);
    }

    [Fact]
    public void The_csv_parses_back_with_one_row_per_entry_and_no_cell_a_spreadsheet_would_run()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        var bytes = site.File("data/entries.csv")!.Bytes;
        var rows = ReadCsv(site);

        Assert.Equal(11, rows.Count);
        Assert.All(rows, r => Assert.Equal(EntriesCsv.Columns.Count, r.Length));
        var cells = rows.SelectMany(r => r).ToList();
        Assert.DoesNotContain(cells, CsvCell.LooksLikeFormula);
        // The hostile text survives behind its apostrophe, and quoting kept commas, quotes and line breaks inside their cells.
        // (Front matter values are trimmed, so " =1+1" arrives as "=1+1"; CsvCellTests cover leading spaces.)
        foreach (var headline in DataSite.HostileHeadlines) Assert.Contains(rows, r => r[2] == "'" + headline.Trim());
        Assert.Contains(rows, r => r[3] == "A summary, with a comma; a \"quote\" and a line\nbreak.");
        Assert.Contains(rows, r => r[3] == "'=cmd|' /C calc'!A0 in the summary");
        // RFC 4180: every record ends with CRLF (a line break inside a quoted cell is the content's own).
        var text = Encoding.UTF8.GetString(bytes);
        // UTF-8 with a byte-order mark, so that Excel does not read it as the machine's legacy code page.
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(rows.Count + 1, text.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Data_files_are_byte_identical_across_two_builds()
    {
        using var folder = new TempFolder();
        var one = SiteBuild.Generate(folder, DataSite.Files());
        var two = SiteBuild.InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));

        var data = one.Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal) || f.Path == "calendar.ics").ToList();
        Assert.True(data.Count >= 6);
        Assert.All(data, f => Assert.True(f.Bytes.AsSpan().SequenceEqual(two.File(f.Path)!.Bytes), $"{f.Path} differs between builds"));
    }

    [Fact]
    public void The_open_data_page_lists_every_data_file_with_its_size_schema_and_the_licence()
    {
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, DataSite.Files());
        var page = site.Text("data/index.html");

        var dataFiles = site.Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal) && f.Path != "data/index.html" || f.Path == "calendar.ics").ToList();
        Assert.Equal(6, dataFiles.Count);
        foreach (var file in dataFiles)
        {
            Assert.Contains($"href=\"/explainer/{file.Path}\"", page);
            Assert.Contains(OpenDataPage.Size(file.Bytes.Length), page);
        }
        foreach (var schema in new[] { "entries", "entries-year", "parties" })
        {
            Assert.Contains($"href=\"/explainer/schemas/data/{schema}.schema.json\"", page);
            Assert.NotNull(site.File($"schemas/data/{schema}.schema.json"));
        }
        Assert.Contains("href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\"", page);
        Assert.Contains("11 entries", page);
        // Linked from the footer of every page.
        Assert.Contains("href=\"/explainer/data/\"", site.Text("index.html"));
    }

    [Fact]
    public void A_static_file_cannot_take_the_place_of_the_calendar()
    {
        using var folder = new TempFolder();
        var files = DataSite.Files();
        files["static/calendar.ics"] = "BEGIN:VCALENDAR";
        var site = SiteBuild.Generate(folder, files);

        Assert.False(site.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.Code == Explainer.Diagnostics.DiagnosticCodes.StaticCollision && d.Location.Path.EndsWith("static/calendar.ics"));
    }

    private static void AssertEveryJsonFileValid(GeneratedSite site, int expectedEntries)
    {
        var files = site.Files.Where(f => JsonFolders.Any(p => f.Path.StartsWith(p, StringComparison.Ordinal)) && f.Path.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 3, $"only {files.Count} JSON data files");
        foreach (var file in files)
        {
            var json = Encoding.UTF8.GetString(file.Bytes);
            var errors = DataSchemas.Errors(json);
            Assert.True(errors.Count == 0, $"{file.Path}:\n{string.Join("\n", errors.Take(20))}");
        }
        Assert.Equal(expectedEntries, Records(site.Text("data/entries.json")).Count);
        Assert.Equal(expectedEntries, files.Where(f => f.Path.StartsWith("data/entries/", StringComparison.Ordinal))
            .Sum(f => Records(Encoding.UTF8.GetString(f.Bytes)).Count));
    }

    private static List<string> Records(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var records = document.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.Equal(records.Count, document.RootElement.GetProperty("count").GetInt32());
        return records;
    }

    /// <summary>The CSV's rows after the header, read by CsvHelper (a full RFC 4180 reader); the header must be the documented columns.</summary>
    private static List<string[]> ReadCsv(GeneratedSite site)
    {
        using var reader = new StreamReader(new MemoryStream(site.File("data/entries.csv")!.Bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.Equal(EntriesCsv.Columns, csv.HeaderRecord);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToList().ToArray());
        return rows;
    }
}
