using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Explainer.Content;
using Explainer.Model;
using Explainer.Rendering;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// What every feed (Atom or JSON, the site's, a party's, a tag's) says about one entry: title, link, publication and update
/// days, a one-line summary that starts with the date in words and the status, and HTML content in parts: the date and
/// status in words, then the body (full text) or the summary with a link to the page, then the numbered sources. Text from
/// content is stripped of characters XML cannot carry, and HTML-escaped where it goes into HTML.
/// </summary>
public sealed record FeedItem(
    RenderedEntry Entry, string Url, string Title, DateOnly? Published, DateOnly Updated, string Summary,
    string FactsHtml, string SummaryHtml, string SourcesHtml, IReadOnlyList<(string Id, string Name)> Parties, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// The body, made when read: only the site's own feeds carry full text, so most items never need it. A link to a part of the
    /// page (a footnote, a heading) points at the entry's page: a feed reader resolves <c>#fn:1</c> against the feed's base, the home page.
    /// A link within the site (<c>/explainer/parties/x/</c>) becomes a whole address: a JSON Feed has no base to resolve it against,
    /// and many Atom readers ignore <c>xml:base</c>.
    /// </summary>
    public string BodyHtml => Entry.BodyHtml is { Length: > 0 } html ? WithWholeAddresses(OnEntryPage(XmlCharacters.Strip(html))) + "\n" : "";

    /// <summary>The site's addresses, which <see cref="BodyHtml"/> makes its links whole with.</summary>
    public SiteUrls? Urls { get; init; }

    private string WithWholeAddresses(string html) => Urls is null ? html : WholeAddresses.In(html, Urls);

    // The body's HTML is the renderer's and the sanitizer's, which quote every attribute with '"'; Url is escaped as the item's other link to the page is.
    private string OnEntryPage(string html) =>
        html.Contains(" href=\"#", StringComparison.Ordinal) ? html.Replace(" href=\"#", $" href=\"{FeedItems.Html.Encode(Url)}#", StringComparison.Ordinal) : html;

    /// <summary>The content in one piece, with the body (<paramref name="fullText"/>) or the summary.</summary>
    public string ContentHtml(bool fullText) => FactsHtml + (fullText ? BodyHtml : SummaryHtml) + SourcesHtml;
}

/// <summary>
/// Makes each entry's <see cref="FeedItem"/> once per build, however many feeds list it, and picks a feed's items:
/// the newest <see cref="MaxItems"/> entries of a list that have a day to date them by. Thread-safe.
/// </summary>
public sealed class FeedItems(Site site, FeedItems? previous = null)
{
    /// <summary>Every feed holds at most this many items, so 10,000 entries never make a feed a reader has to page through.</summary>
    public const int MaxItems = 50;

    internal static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<RenderedEntry, FeedItem?> _items = new(ReferenceEqualityComparer.Instance);

    public Site Site => site;

    /// <summary>
    /// The newest entries of <paramref name="timeline"/> (in timeline order), newest first. An entry with no day at all to date
    /// it by is left out (Atom requires one, and the feed never invents one). Walks back from the newest only until the feed is
    /// full, so a feed costs the same for a list of 50 entries as for one of 10,000.
    /// </summary>
    public IReadOnlyList<FeedItem> Newest(IReadOnlyList<RenderedEntry> timeline)
    {
        var newest = new List<FeedItem>(Math.Min(MaxItems, timeline.Count));
        for (var i = timeline.Count - 1; i >= 0 && newest.Count < MaxItems; i--)
        {
            if (For(timeline[i]) is { } item) newest.Add(item);
        }
        return newest;
    }

    /// <summary>The entry's item, or null when it has no day to be dated by.</summary>
    public FeedItem? For(RenderedEntry entry) => _items.GetOrAdd(entry, e => Reused(e) ?? Make(e));

    /// <summary>
    /// The previous build's item for the same entry (preview's rebuilds), when nothing it was made from changed: the parsed entry
    /// (same object, so the same text and Markdown), the site's addresses, its git history, and the names of the entry's parties.
    /// </summary>
    private FeedItem? Reused(RenderedEntry rendered)
    {
        if (_previous is null || !_previous.TryGetValue(rendered.Entry, out var item) || item is null) return null;
        var parties = PartyNames(rendered.Entry);
        if (!parties.SequenceEqual(item.Parties)) return null;
        _reused[rendered.Entry] = 0;
        return item with { Entry = rendered };
    }

    // Entries whose item was taken from the previous build.
    private readonly ConcurrentDictionary<Entry, byte> _reused = new(ReferenceEqualityComparer.Instance);

    /// <summary>What a feed was made of: its list without the entries, and the parsed entries of its items, in order.</summary>
    private sealed record MadeFeed(FeedList List, IReadOnlyList<Entry> Entries, OutputFile File);

    private static readonly RenderedEntry[] NoEntries = [];

    // The feeds this build made, by path, for the next build to compare with.
    private readonly ConcurrentDictionary<string, MadeFeed> _feeds = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, MadeFeed>? _previousFeeds =
        previous is not null && SameAddressesAndHistory(previous.Site, site) && previous.Site.Settings == site.Settings ? previous._feeds : null;

    /// <summary>
    /// The feed of <paramref name="list"/>, whose items are <paramref name="newest"/>: the previous build's file when the list has the
    /// same path, titles and kind, and its items are the same entries, in the same order, all taken unchanged from that build
    /// (preview's rebuilds: a save changes one entry, and most of the 70 party and tag feeds do not list it). Otherwise written.
    /// </summary>
    public OutputFile Feed(FeedList list, IReadOnlyList<FeedItem> newest, Func<OutputFile> write)
    {
        var entries = newest.Select(i => i.Entry.Entry).ToList();
        var made = list with { Entries = NoEntries };
        var file = _previousFeeds is not null && _previousFeeds.TryGetValue(list.Path, out var old) && old.List == made
            && old.Entries.SequenceEqual(entries, ReferenceEqualityComparer.Instance) && entries.All(_reused.ContainsKey)
            ? old.File
            : write();
        _feeds[list.Path] = new MadeFeed(made, entries, file);
        return file;
    }

    // The previous build's items by parsed entry, when they were made for the same addresses and history (only one build back:
    // this one's items are looked up by the next, so no chain of builds is kept).
    private readonly Dictionary<Entry, FeedItem?>? _previous =
        previous is not null && SameAddressesAndHistory(previous.Site, site)
            ? previous._items.ToDictionary<KeyValuePair<RenderedEntry, FeedItem?>, Entry, FeedItem?>(kv => kv.Key.Entry, kv => kv.Value, ReferenceEqualityComparer.Instance)
            : null;

    private static bool SameAddressesAndHistory(Site before, Site now) => before.Urls == now.Urls && ReferenceEquals(before.History, now.History);

    private List<(string Id, string Name)> PartyNames(Entry entry) => entry.Parties
        .Select(r => site.PartiesById.TryGetValue(r.Id, out var p) ? (p.Party.Id, XmlCharacters.Strip(p.Party.Name)) : default)
        .Where(p => p.Id is not null).ToList();

    private FeedItem? Make(RenderedEntry rendered)
    {
        var entry = rendered.Entry;
        var (published, updated) = RecordDates.Of(site, entry);
        if (updated is null) return null;
        var status = ViewFactory.Status(entry.Status);
        var parties = PartyNames(entry);
        var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));
        var facts = XmlCharacters.Strip($"<p><strong>Date:</strong> {Html.Encode(entry.Date.Text)}<br><strong>Status:</strong> {Html.Encode(status.Label)}. {Html.Encode(status.Description)}</p>\n");
        var summary = XmlCharacters.Strip($"<p>{Html.Encode(entry.Summary)} <a href=\"{Html.Encode(url)}\">Read the whole entry</a>.</p>\n");
        return new FeedItem(rendered, url, XmlCharacters.Strip(entry.Event), published, updated.Value,
            XmlCharacters.Strip($"{entry.Date.Text} · {status.Label}: {entry.Summary}"), facts, summary, Sources(entry),
            parties, entry.Tags.Select(t => t.Id).ToList())
        {
            Urls = site.Urls,
        };
    }

    /// <summary>The numbered sources, linked when they have a link.</summary>
    private static string Sources(Entry entry)
    {
        var html = new StringBuilder();
        html.Append("<h2>Sources</h2>\n");
        if (entry.Sources.Count == 0) html.Append("<p>No sources are listed for this event yet.</p>\n");
        else
        {
            html.Append("<ol>\n");
            foreach (var source in entry.Sources)
            {
                html.Append("<li>");
                var link = source.Url ?? source.Archived;
                if (link is not null) html.Append("<a href=\"").Append(Html.Encode(link)).Append("\">");
                html.Append(Html.Encode(source.Title));
                if (link is not null) html.Append("</a>");
                html.Append(", ").Append(Html.Encode(source.Publisher));
                if (source.Published is not null) html.Append(", ").Append(Html.Encode(source.Published.Text));
                if (source.Url is not null && source.Archived is not null)
                    html.Append(" (<a href=\"").Append(Html.Encode(source.Archived)).Append("\">archived copy</a>)");
                html.Append("</li>\n");
            }
            html.Append("</ol>\n");
        }
        return XmlCharacters.Strip(html.ToString());
    }
}
