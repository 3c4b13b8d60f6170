using System.Globalization;
using System.Text.Json;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Sharing;

/// <summary>
/// Builds the schema.org JSON-LD blocks pages carry: <c>NewsArticle</c> for an entry, <c>BreadcrumbList</c> for a page with a
/// breadcrumb trail, <c>WebSite</c> for the home page. Each comes back serialized by <see cref="Json.LineUtf8"/> (safe inside a script
/// element). No FAQPage (Google retired FAQ rich results) and no ClaimReview: entries report events, they do not rate claims.
/// Written straight to a JSON writer, and what every article repeats (publisher, each party) is serialized once: this runs
/// for every page of a 10,000-entry site.
/// </summary>
public sealed class StructuredData
{
    private const string Context = "https://schema.org";

    private readonly Site _site;
    private readonly byte[] _author;
    private readonly byte[] _publisher;
    private readonly IReadOnlyDictionary<string, byte[]> _parties;

    public StructuredData(Site site)
    {
        _site = site;
        var home = site.Urls.Absolute(SitePaths.Home);
        _author = Json.LineUtf8(json => Organization(json, site.Settings.Title, home, null));
        _publisher = Json.LineUtf8(json => Organization(json, site.Settings.Title, home, site.Urls.Absolute(ShareImage.SitePath)));
        _parties = site.Parties.ToDictionary(p => p.Party.Id, p => Json.LineUtf8(json => Party(json, p.Party)), StringComparer.Ordinal);
    }

    /// <summary>An entry as a NewsArticle: what it is about (its parties), what it cites (its sources), who publishes it, and when.</summary>
    public byte[] Article(RenderedEntry rendered) => Json.LineUtf8(json =>
    {
        var entry = rendered.Entry;
        var url = _site.Urls.Absolute(SitePaths.Entry(entry.Slug));
        var (published, updated) = RecordDates.Of(_site, entry);
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", Json.Clean(entry.Event));
        json.WriteString("description", Json.Clean(entry.Summary));
        json.WriteString("url", url);
        json.WritePropertyName("mainEntityOfPage");
        json.WriteStartObject();
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", url);
        json.WriteEndObject();
        json.WriteString("inLanguage", Json.Clean(_site.Settings.Language));
        if (published is { } p) json.WriteString("datePublished", Day(p));
        if (updated is { } u) json.WriteString("dateModified", Day(u));
        json.WriteBoolean("isAccessibleForFree", true);
        json.WriteString("image", _site.Urls.Absolute(ShareImage.SitePath));
        json.WritePropertyName("author");
        json.WriteRawValue(_author, skipInputValidation: true);
        json.WritePropertyName("publisher");
        json.WriteRawValue(_publisher, skipInputValidation: true);
        json.WriteStartArray("about");
        foreach (var party in entry.Parties)
            if (_parties.TryGetValue(party.Id, out var about)) json.WriteRawValue(about, skipInputValidation: true);
        json.WriteEndArray();
        json.WriteStartArray("citation");
        foreach (var source in entry.Sources) Source(json, source);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The visible trail (<paramref name="crumbs"/>: name and root-relative link) followed by the page itself.</summary>
    public byte[] Breadcrumbs(IEnumerable<(string Name, string Link)> crumbs, string pageName, string pageSitePath) => Json.LineUtf8(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "BreadcrumbList");
        json.WriteStartArray("itemListElement");
        var position = 0;
        foreach (var (name, url) in crumbs.Select(c => (c.Name, AbsoluteFromLink(c.Link))).Append((pageName, _site.Urls.Absolute(pageSitePath))))
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", ++position);
            json.WriteString("name", Json.Clean(name));
            json.WriteString("item", url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The site itself, for the home page.</summary>
    public byte[] WebSite() => Json.LineUtf8(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "WebSite");
        json.WriteString("name", Json.Clean(_site.Settings.Title));
        json.WriteString("description", Json.Clean(_site.Settings.Description));
        json.WriteString("url", _site.Urls.Absolute(SitePaths.Home));
        json.WriteString("inLanguage", Json.Clean(_site.Settings.Language));
        json.WritePropertyName("publisher");
        json.WriteRawValue(_publisher, skipInputValidation: true);
        json.WriteEndObject();
    });

    /// <summary>The site as author (name and address) or as publisher (with the share image as its logo).</summary>
    private static void Organization(Utf8JsonWriter json, string name, string url, string? logo)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", Json.Clean(name));
        json.WriteString("url", url);
        if (logo is not null)
        {
            json.WritePropertyName("logo");
            json.WriteStartObject();
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", logo);
            json.WriteNumber("width", ShareImage.Width);
            json.WriteNumber("height", ShareImage.Height);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private void Party(Utf8JsonWriter json, Party party)
    {
        json.WriteStartObject();
        json.WriteString("@type", SchemaType(party.Kind));
        json.WriteString("name", Json.Clean(party.Name));
        json.WriteString("url", _site.Urls.Absolute(SitePaths.Party(party.Id)));
        if (party.Website is not null) json.WriteString("sameAs", Json.Clean(party.Website));
        json.WriteEndObject();
    }

    /// <summary>A source as a CreativeWork: only what the entry states (a date only when it is plain, a link only when there is one).</summary>
    private static void Source(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("name", Json.Clean(source.Title));
        json.WritePropertyName("publisher");
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", Json.Clean(source.Publisher));
        json.WriteEndObject();
        // HtmlDatetime is empty for intervals and qualified dates, which schema.org's Date cannot say without claiming more.
        if (source.Published is { HtmlDatetime.Length: > 0 } date) json.WriteString("datePublished", date.HtmlDatetime);
        if ((source.Url ?? source.Archived) is { } url) json.WriteString("url", Json.Clean(url));
        if (source.Url is not null && source.Archived is not null) json.WriteString("archivedAt", Json.Clean(source.Archived));
        json.WriteEndObject();
    }

    /// <summary>
    /// Companies, governments and organisations are organisations (governments the more specific type), people are people;
    /// a product (Claude Code, Qoder) is neither, and schema.org's Product says what it is.
    /// </summary>
    private static string SchemaType(PartyKind kind) => kind switch
    {
        PartyKind.Person => "Person",
        PartyKind.Government => "GovernmentOrganization",
        PartyKind.Product => "Product",
        _ => "Organization",
    };

    /// <summary>Breadcrumb links are root-relative (<c>/explainer/tags/</c>); JSON-LD wants the public, absolute URL.</summary>
    private string AbsoluteFromLink(string link) =>
        link.StartsWith(_site.Urls.BasePath, StringComparison.Ordinal) ? _site.Urls.Absolute(link[_site.Urls.BasePath.Length..]) : _site.Urls.Absolute(link.TrimStart('/'));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
