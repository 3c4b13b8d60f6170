using System.Globalization;
using Explainer.Pages;
using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>Plans /data/, the Open data page: every download with its size, record count, schema and the licence.</summary>
public static class OpenDataPage
{
    public const string Template = "pages/data";

    /// <param name="data">The data files, made while other pages are planned and rendered: only this page's model waits for them.</param>
    public static PlannedPage Plan(Site site, ViewFactory views, Func<DataDownloads> data) => new(
        SitePaths.Data, Template,
        () => views.Page("Open data", $"Download every entry and party of {site.Settings.Title} as JSON, CSV or a calendar, with schemas and the licence.",
            SitePaths.Data, "data"),
        () => Model(site, views, data()),
        // Sizes change with almost any edit, and are not known when pages are planned: preview renders this one page every time.
        PageInputs.Always);

    private static DataModel Model(Site site, ViewFactory views, DataDownloads data)
    {
        var files = data.Catalogue.Select(f => View(site, f)).ToList();
        var isYear = (DataFileView f) => f.Name.StartsWith("data/entries/", StringComparison.Ordinal);
        return new DataModel(files.Where(f => !isYear(f)).ToList(), files.Where(isYear).ToList(), views.Site.License,
            site.Urls.Link(SitePaths.Calendar));
    }

    private static DataFileView View(Site site, DataFileInfo file) => new(
        file.Title, site.Urls.Link(file.Path), file.Path, Format(file.MediaType),
        $"{Rendering.CountText.Of(file.Records)} {(file.Records == 1 ? Singular(file.RecordName) : file.RecordName)}",
        Size(file.Bytes), file.Schema is null ? "" : site.Urls.Link(file.Schema));

    private static string Singular(string name) => name switch
    {
        "entries" => "entry",
        "parties" => "party",
        _ => name.TrimEnd('s'),
    };

    private static string Format(string mediaType) => mediaType switch
    {
        "application/json" => "JSON",
        "text/csv" => "CSV",
        "text/calendar" => "iCalendar",
        _ => mediaType,
    };

    /// <summary>"812 bytes", "14 KB", "1.2 MB": decimal units, as browsers and file managers show downloads.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} bytes",
        < 999_500 => $"{Math.Round(bytes / 1000.0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
