using System.Globalization;
using System.Text.Json.Nodes;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Sharing;

/// <summary>
/// Builds the schema.org JSON-LD blocks pages carry: <c>NewsArticle</c> for an entry, <c>BreadcrumbList</c> for a page with a
/// breadcrumb trail, <c>WebSite</c> for the home page. Each comes back serialized by <see cref="Json.Line"/> (safe inside a script
/// element). No FAQPage (Google retired FAQ rich results) and no ClaimReview: entries report events, they do not rate claims.
/// </summary>
public sealed class StructuredData(Site site)
{
    private const string Context = "https://schema.org";

    /// <summary>An entry as a NewsArticle: what it is about (its parties), what it cites (its sources), who publishes it, and when.</summary>
    public string Article(RenderedEntry rendered)
    {
        var entry = rendered.Entry;
        var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));
        var (published, updated) = RecordDates.Of(site, entry);
        var article = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "NewsArticle",
            ["headline"] = Json.Text(entry.Event),
            ["description"] = Json.Text(entry.Summary),
            ["url"] = url,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["inLanguage"] = Json.Text(site.Settings.Language),
        };
        if (published is { } p) article["datePublished"] = Day(p);
        if (updated is { } u) article["dateModified"] = Day(u);
        article["isAccessibleForFree"] = true;
        article["image"] = site.Urls.Absolute(ShareImage.SitePath);
        article["author"] = Organization();
        article["publisher"] = Publisher();
        article["about"] = new JsonArray(entry.Parties
            .Select(r => site.PartiesById.TryGetValue(r.Id, out var party) ? Party(party.Party) : null)
            .OfType<JsonNode>().ToArray());
        article["citation"] = new JsonArray(entry.Sources.Select(Source).ToArray<JsonNode?>());
        return Json.Line(article);
    }

    /// <summary>The visible trail (<paramref name="crumbs"/>: name and root-relative link) followed by the page itself.</summary>
    public string Breadcrumbs(IEnumerable<(string Name, string Link)> crumbs, string pageName, string pageSitePath)
    {
        var items = crumbs.Select(c => (c.Name, Url: AbsoluteFromLink(c.Link)))
            .Append((Name: pageName, Url: site.Urls.Absolute(pageSitePath)))
            .Select((c, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = Json.Text(c.Name),
                ["item"] = c.Url,
            });
        return Json.Line(new JsonObject { ["@context"] = Context, ["@type"] = "BreadcrumbList", ["itemListElement"] = new JsonArray(items.ToArray()) });
    }

    /// <summary>The site itself, for the home page.</summary>
    public string WebSite() => Json.Line(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = Json.Text(site.Settings.Title),
        ["description"] = Json.Text(site.Settings.Description),
        ["url"] = site.Urls.Absolute(SitePaths.Home),
        ["inLanguage"] = Json.Text(site.Settings.Language),
        ["publisher"] = Publisher(),
    });

    /// <summary>The site as the author of its pages: its name and address.</summary>
    private JsonObject Organization() => new()
    {
        ["@type"] = "Organization",
        ["name"] = Json.Text(site.Settings.Title),
        ["url"] = site.Urls.Absolute(SitePaths.Home),
    };

    /// <summary>The site as publisher: as author, with the share image as its logo.</summary>
    private JsonObject Publisher() => new()
    {
        ["@type"] = "Organization",
        ["name"] = Json.Text(site.Settings.Title),
        ["url"] = site.Urls.Absolute(SitePaths.Home),
        ["logo"] = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = site.Urls.Absolute(ShareImage.SitePath),
            ["width"] = ShareImage.Width,
            ["height"] = ShareImage.Height,
        },
    };

    private JsonObject Party(Party party)
    {
        var node = new JsonObject
        {
            ["@type"] = SchemaType(party.Kind),
            ["name"] = Json.Text(party.Name),
            ["url"] = site.Urls.Absolute(SitePaths.Party(party.Id)),
        };
        if (party.Website is not null) node["sameAs"] = Json.Text(party.Website);
        return node;
    }

    /// <summary>A source as a CreativeWork: only what the entry states (a date only when it is plain, a link only when there is one).</summary>
    private static JsonObject Source(Source source)
    {
        var node = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["name"] = Json.Text(source.Title),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = Json.Text(source.Publisher) },
        };
        // HtmlDatetime is empty for intervals and qualified dates, which schema.org's Date cannot say without claiming more.
        if (source.Published is { HtmlDatetime.Length: > 0 } date) node["datePublished"] = date.HtmlDatetime;
        if ((source.Url ?? source.Archived) is { } url) node["url"] = Json.Text(url);
        if (source.Url is not null && source.Archived is not null) node["archivedAt"] = Json.Text(source.Archived);
        return node;
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
        link.StartsWith(site.Urls.BasePath, StringComparison.Ordinal) ? site.Urls.Absolute(link[site.Urls.BasePath.Length..]) : site.Urls.Absolute(link.TrimStart('/'));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
