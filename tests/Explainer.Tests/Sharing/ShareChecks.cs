using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Explainer.Tests.Support;

namespace Explainer.Tests.Sharing;

/// <summary>
/// What the sharing tests check on any built site: every JSON-LD block parses and has its type's required properties, and
/// every feed is what Atom (RFC 4287) and JSON Feed 1.1 require. Each check returns failures as text, so one run lists them all.
/// </summary>
public static class ShareChecks
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The JSON-LD blocks of a page, parsed (a block that is not JSON is a failure).</summary>
    public static IReadOnlyList<JsonElement> JsonLd(string path, string html, List<string> failures)
    {
        var document = new HtmlParser().ParseDocument(html);
        var blocks = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                blocks.Add(json.RootElement.Clone());
            }
            catch (JsonException e)
            {
                failures.Add($"{path}: a JSON-LD block is not JSON: {e.Message}");
            }
        }
        return blocks;
    }

    /// <summary>The properties each type must have here (Google's required and recommended ones that this site can always give).</summary>
    public static IEnumerable<string> CheckJsonLd(string path, JsonElement block)
    {
        if (Text(block, "@context") != "https://schema.org") yield return $"{path}: @context is not https://schema.org";
        var type = Text(block, "@type");
        string[] required = type switch
        {
            // datePublished and dateModified exist only when the page's days are known (git history, published:/updated:, a
            // source's day): the site never invents one. Google recommends them; it requires none of these.
            "NewsArticle" => ["headline", "description", "url", "mainEntityOfPage", "isAccessibleForFree",
                              "publisher", "author", "image", "about", "citation"],
            "BreadcrumbList" => ["itemListElement"],
            "WebSite" => ["name", "url", "publisher"],
            _ => [],
        };
        if (required.Length == 0) yield return $"{path}: unexpected JSON-LD type '{type}'";
        foreach (var name in required.Where(n => !block.TryGetProperty(n, out _))) yield return $"{path}: {type} lacks {name}";
        if (type == "NewsArticle")
        {
            foreach (var name in new[] { "datePublished", "dateModified" })
                if (Text(block, name) is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", out _)) yield return $"{path}: {name} '{day}' is not a day";
            if (Text(block, "datePublished") is { } first && string.CompareOrdinal(first, Text(block, "dateModified")) > 0)
                yield return $"{path}: dateModified is missing or before datePublished";
            if (block.GetProperty("publisher") is var publisher && Text(publisher, "name") is null) yield return $"{path}: publisher has no name";
            foreach (var about in block.GetProperty("about").EnumerateArray())
                if (Text(about, "@type") is not ("Organization" or "GovernmentOrganization" or "Person" or "Product") || Text(about, "name") is null)
                    yield return $"{path}: an 'about' item is not a named Organization, Person or Product";
            foreach (var citation in block.GetProperty("citation").EnumerateArray())
                if (Text(citation, "@type") != "CreativeWork" || Text(citation, "name") is null || !citation.TryGetProperty("publisher", out _))
                    yield return $"{path}: a citation is not a CreativeWork with name and publisher";
        }
        if (type == "BreadcrumbList")
        {
            var position = 0;
            foreach (var item in block.GetProperty("itemListElement").EnumerateArray())
            {
                position++;
                if (Text(item, "@type") != "ListItem" || Text(item, "name") is null || !Absolute(Text(item, "item"))
                    || !item.TryGetProperty("position", out var p) || p.GetInt32() != position)
                    yield return $"{path}: breadcrumb item {position} needs @type ListItem, name, absolute item and position {position}";
            }
        }
    }

    /// <summary>RFC 4287's required elements of a feed and of each entry, and well-formed XML (parsing throws otherwise).</summary>
    public static IEnumerable<string> CheckAtom(string path, string xml)
    {
        XDocument document;
        string? problem = null;
        try { document = XDocument.Parse(xml); }
        catch (System.Xml.XmlException e) { document = new XDocument(); problem = $"{path}: not well-formed XML: {e.Message}"; }
        if (problem is not null) { yield return problem; yield break; }

        var feed = document.Root!;
        if (feed.Name != Atom + "feed") { yield return $"{path}: the root is not an Atom feed"; yield break; }
        foreach (var name in new[] { "id", "title", "updated" })
            if (feed.Elements(Atom + name).Count() != 1) yield return $"{path}: the feed needs exactly one {name}";
        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self" && Absolute((string?)l.Attribute("href"))))
            yield return $"{path}: the feed has no absolute self link";
        if (!DateTimeOffset.TryParse((string?)feed.Element(Atom + "updated"), out _)) yield return $"{path}: the feed's updated is not a date-time";
        var feedHasAuthor = feed.Elements(Atom + "author").Any(a => a.Element(Atom + "name") is not null);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = (string?)entry.Element(Atom + "id") ?? "";
            foreach (var name in new[] { "id", "title", "updated" })
                if (entry.Elements(Atom + name).Count() != 1) yield return $"{path}: entry {id} needs exactly one {name}";
            if (!ids.Add(id)) yield return $"{path}: entry id {id} appears twice";
            if (!DateTimeOffset.TryParse((string?)entry.Element(Atom + "updated"), out _)) yield return $"{path}: entry {id}: updated is not a date-time";
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any()) yield return $"{path}: entry {id} has no author and the feed has none";
            // Without content, an entry must link its page (rel alternate).
            if (!entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate")) yield return $"{path}: entry {id} has no alternate link";
        }
    }

    /// <summary>JSON Feed 1.1's required fields: version, title, items; each item an id and content_html or content_text.</summary>
    public static IEnumerable<string> CheckJsonFeed(string path, string text)
    {
        JsonElement feed;
        string? problem = null;
        try { feed = JsonDocument.Parse(text).RootElement; }
        catch (JsonException e) { feed = default; problem = $"{path}: not JSON: {e.Message}"; }
        if (problem is not null) { yield return problem; yield break; }

        if (Text(feed, "version") != "https://jsonfeed.org/version/1.1") yield return $"{path}: version is not JSON Feed 1.1";
        if (Text(feed, "title") is null) yield return $"{path}: no title";
        if (!feed.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array) { yield return $"{path}: no items array"; yield break; }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.EnumerateArray())
        {
            var id = Text(item, "id");
            if (id is null) yield return $"{path}: an item has no id";
            else if (!ids.Add(id)) yield return $"{path}: item id {id} appears twice";
            if (Text(item, "content_html") is null && Text(item, "content_text") is null) yield return $"{path}: item {id} has no content";
            foreach (var date in new[] { "date_published", "date_modified" })
                if (Text(item, date) is { } value && !DateTimeOffset.TryParse(value, out _)) yield return $"{path}: item {id}: {date} is not RFC 3339";
        }
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Absolute(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}

/// <summary>Runs every sharing check over a built site's files (path relative to the output folder, text).</summary>
public static class SiteShareChecks
{
    public static List<string> Run(IEnumerable<(string Path, Func<string> Text)> files, string publicRoot)
    {
        var failures = new List<string>();
        var parser = new HtmlParser();
        var feeds = 0;
        foreach (var (path, text) in files)
        {
            if (path.EndsWith("feed.xml", StringComparison.Ordinal)) { feeds++; failures.AddRange(ShareChecks.CheckAtom(path, text())); continue; }
            if (path.EndsWith("feed.json", StringComparison.Ordinal)) { feeds++; failures.AddRange(ShareChecks.CheckJsonFeed(path, text())); continue; }
            if (!path.EndsWith(".html", StringComparison.Ordinal) || path.StartsWith("assets/", StringComparison.Ordinal)) continue;

            var html = text();
            var blocks = ShareChecks.JsonLd(path, html, failures);
            foreach (var block in blocks) failures.AddRange(ShareChecks.CheckJsonLd(path, block));
            var types = blocks.Select(b => ShareChecks.Text(b, "@type")).ToList();
            var document = parser.ParseDocument(html);

            if (EntryPages.Is(path) && types.Count(t => t == "NewsArticle") != 1) failures.Add($"{path}: not exactly one NewsArticle");
            if (path == "index.html" && !types.Contains("WebSite")) failures.Add($"{path}: the home page has no WebSite");

            // The BreadcrumbList says what the visible trail says, then names the page itself.
            var nav = document.QuerySelectorAll("nav.breadcrumbs a").Select(a => (a.TextContent.Trim(), new Uri(new Uri(publicRoot), a.GetAttribute("href")!).AbsoluteUri)).ToList();
            var lists = blocks.Where(b => ShareChecks.Text(b, "@type") == "BreadcrumbList").ToList();
            if (nav.Count == 0 && lists.Count > 0) failures.Add($"{path}: a BreadcrumbList without a visible breadcrumb");
            if (nav.Count > 0)
            {
                if (lists.Count != 1) { failures.Add($"{path}: a breadcrumb but {lists.Count} BreadcrumbLists"); continue; }
                var items = lists[0].GetProperty("itemListElement").EnumerateArray()
                    .Select(i => (ShareChecks.Text(i, "name")!, ShareChecks.Text(i, "item")!)).ToList();
                var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
                if (!items.Take(nav.Count).SequenceEqual(nav) || items.Count != nav.Count + 1 || items[^1].Item2 != canonical)
                    failures.Add($"{path}: BreadcrumbList [{string.Join(" > ", items)}] is not the visible trail [{string.Join(" > ", nav)}] and then {canonical}");
            }
        }
        if (feeds == 0) failures.Add("no feeds were checked");
        return failures;
    }
}
