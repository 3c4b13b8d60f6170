using System.Text.Json.Nodes;
using Explainer.Rendering;
using Explainer.Sharing;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// Writes <c>feed.json</c>, JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same items as the site's Atom feed.
/// What JSON Feed has no field for (the status, the date as written and in words, parties, sources) goes in the
/// <c>_explainer</c> extension object of each item, as the spec provides for.
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static OutputFile Write(FeedItems items)
    {
        var site = items.Site;
        var feed = new JsonObject
        {
            ["version"] = Version,
            ["title"] = Json.Text(site.Settings.Title),
            ["home_page_url"] = site.Urls.Absolute(SitePaths.Home),
            ["feed_url"] = site.Urls.Absolute(SitePaths.JsonFeed),
            ["description"] = Json.Text(site.Settings.Description),
            ["language"] = Json.Text(site.Settings.Language),
            ["authors"] = new JsonArray(new JsonObject { ["name"] = Json.Text(site.Settings.Title), ["url"] = site.Urls.Absolute(SitePaths.Home) }),
            ["items"] = new JsonArray(items.Newest(site.Timeline).Select(i => (JsonNode)Item(site, i)).ToArray()),
        };
        return OutputFile.Text(SitePaths.JsonFeed, Json.Pretty(feed) + "\n");
    }

    private static JsonObject Item(Site site, FeedItem item)
    {
        var entry = item.Entry.Entry;
        var status = ViewFactory.Status(entry.Status);
        var node = new JsonObject
        {
            ["id"] = item.Url,
            ["url"] = item.Url,
            ["title"] = item.Title,
            ["summary"] = item.Summary,
            ["content_html"] = item.ContentHtml(fullText: true),
        };
        if (item.Published is { } published) node["date_published"] = FeedWriter.Timestamp(published);
        node["date_modified"] = FeedWriter.Timestamp(item.Updated);
        node["tags"] = new JsonArray(item.Tags.Select(t => (JsonNode)Json.Text(t)).ToArray());
        node["_explainer"] = new JsonObject
        {
            ["status"] = status.Key,
            ["status_label"] = status.Label,
            ["date"] = new JsonObject { ["edtf"] = entry.Date.Edtf, ["text"] = entry.Date.Text },
            ["parties"] = new JsonArray(item.Parties.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id, ["name"] = p.Name, ["url"] = site.Urls.Absolute(SitePaths.Party(p.Id)),
            }).ToArray()),
            ["sources"] = new JsonArray(entry.Sources.Select(s =>
            {
                var source = new JsonObject { ["title"] = Json.Text(s.Title), ["publisher"] = Json.Text(s.Publisher) };
                if (s.Published is not null) source["published"] = new JsonObject { ["edtf"] = s.Published.Edtf, ["text"] = s.Published.Text };
                if (s.Url is not null) source["url"] = Json.Text(s.Url);
                if (s.Archived is not null) source["archived"] = Json.Text(s.Archived);
                return (JsonNode)source;
            }).ToArray()),
        };
        return node;
    }
}
