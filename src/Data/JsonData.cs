using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// What every JSON data file shares: writer options, the values dates and licences are written as, and the document around the
/// records (<c>$schema</c>, the site, the licence, a count, then the records one per line). Records are written once, compactly,
/// and copied into every file that lists them (entries.json and a year file), so a record is never serialised twice.
/// </summary>
internal static class JsonData
{
    // The files are served as application/json, never embedded in HTML: non-ASCII text stays readable UTF-8.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    /// <summary>
    /// Serialises one record with <paramref name="write"/> into its own compact bytes. Records are made in parallel, 10,000 of them
    /// on a large site: each thread serialises into one buffer of its own and only the finished record is copied out.
    /// </summary>
    public static byte[] Record(Action<Utf8JsonWriter> write) => Sharing.Json.Serialise(write, Compact, bytes => bytes.ToArray());

    /// <summary>
    /// A whole data file into <paramref name="output"/>: the header values, then <paramref name="arrayName"/> holding
    /// <paramref name="records"/>, each on a line of its own (a file a person can read, grep and diff line by line, at the size of compact JSON).
    /// </summary>
    public static void Document(Stream output, Site site, string schemaName, Action<Utf8JsonWriter> header, string arrayName, IReadOnlyList<byte[]> records)
    {
        using (var json = new Utf8JsonWriter(output, Indented))
        {
            json.WriteStartObject();
            json.WriteString("$schema", site.Urls.Absolute(SitePaths.DataSchema(schemaName)));
            json.WriteStartObject("site");
            json.WriteString("title", site.Settings.Title);
            json.WriteString("url", site.Urls.Absolute(""));
            json.WriteEndObject();
            License(json, site.Settings.License);
            header(json);
            json.WriteNumber("count", records.Count);
            json.WriteStartArray(arrayName);
            foreach (var record in records)
            {
                json.WriteRawValue(record, skipInputValidation: true);
                // The writer buffers until flushed: pass the records on as they come rather than hold a whole file twice.
                if (json.BytesPending > 64 * 1024) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    /// <summary>The licence as id, name and URL; null when site.yml states none (the data then carries no licence, and says so).</summary>
    public static void License(Utf8JsonWriter json, ContentLicense? license)
    {
        if (license is null)
        {
            json.WriteNull("license");
            return;
        }
        json.WriteStartObject("license");
        json.WriteString("id", license.Id);
        json.WriteString("name", license.Name);
        json.WriteString("url", license.Url);
        json.WriteEndObject();
    }

    public static void Day(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } d) json.WriteString(name, Iso(d));
        else json.WriteNull(name);
    }

    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>A date as written (EDTF) with its bounds: the earliest and latest day it can mean (null for an open or unknown end).</summary>
    public static void Date(Utf8JsonWriter json, string name, EdtfDate date)
    {
        json.WriteStartObject(name);
        json.WriteString("edtf", date.Edtf);
        json.WriteString("text", date.Text);
        Day(json, "earliest", date.Earliest);
        Day(json, "latest", date.Latest);
        json.WriteEndObject();
    }

    /// <summary>Sources as the page lists them; the date stays EDTF (a month-only date is not turned into a day).</summary>
    public static void Sources(Utf8JsonWriter json, IReadOnlyList<Source> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("title", source.Title);
            json.WriteString("publisher", source.Publisher);
            StringOrNull(json, "published", source.Published?.Edtf);
            StringOrNull(json, "url", source.Url);
            StringOrNull(json, "archived", source.Archived);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Corrections, newest first as on the page, with their text in Markdown as written.</summary>
    public static void Corrections(Utf8JsonWriter json, IEnumerable<RenderedCorrection> corrections)
    {
        json.WriteStartArray("corrections");
        foreach (var correction in corrections)
        {
            json.WriteStartObject();
            json.WriteString("date", correction.Correction.Date.Edtf);
            json.WriteString("text", correction.Correction.TextMarkdown);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
