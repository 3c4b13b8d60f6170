namespace Explainer.SiteModel;

/// <summary>The one place that decides where each page lives, as a path relative to the site root ("" is the home page).</summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Timeline = "timeline/";
    public const string Faq = "faq/";
    public const string Parties = "parties/";
    public const string Tags = "tags/";
    public const string Search = "search/";
    public const string NotFound = "404.html";
    /// <summary>The folder every entry page lives in: a reader who shortens an entry's address lands here, on a page of ways to find them.</summary>
    public const string Entries = "entries/";
    public const string Feed = "feed.xml";
    public const string JsonFeed = "feed.json";
    public const string Sitemap = "sitemap.xml";

    /// <summary>One part of a sitemap too long for one file; sitemap.xml is then their index (Output/SitemapWriter.cs).</summary>
    public static string SitemapPart(int number) => $"sitemap-{number}.xml";
    public const string Robots = "robots.txt";
    public const string Assets = "assets/";
    public const string Corrections = "corrections/";
    public const string CorrectionsFeed = "corrections/feed.xml";

    /// <summary>The site's own words for the search page's "Did you mean …?" (written at build time, read by assets/search.js).</summary>
    public const string SearchVocabulary = "search/words.json";

    /// <summary>The Open data page and the folder of the data downloads (src/Data/).</summary>
    public const string Data = "data/";
    public const string DataEntries = "data/entries.json";
    public const string DataParties = "data/parties.json";
    public const string DataEntriesCsv = "data/entries.csv";
    public const string Calendar = "calendar.ics";

    /// <summary>One year of data/entries.json: the entries the timeline lists under that year.</summary>
    public static string DataYear(int year) => $"data/entries/{year:D4}.json";

    /// <summary>Where the JSON Schema of a data file is published (schemas/data/ in the repository).</summary>
    public static string DataSchema(string name) => $"schemas/data/{name}.schema.json";

    /// <summary>The standalone page (input/pages/) that the corrections log links as its policy.</summary>
    public const string CorrectionsPolicySlug = "corrections-policy";

    /// <summary>
    /// First path segments the generator (or Pagefind, or the schemas) writes: a standalone page may not take one of these slugs.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "entries", "parties", "tags", "timeline", "faq", "search", "corrections", "assets", "pagefind", "schemas",
        "data", "calendar", "feed", "sitemap", "robots", "404", "index",
    };

    public static string Page(string slug) => $"{slug}/";

    public static string Entry(string slug) => $"{Entries}{slug}/";

    public static string Party(string id) => $"{Parties}{id}/";

    public static string Tag(string tag) => $"{Tags}{tag}/";

    /// <summary>A party's Atom feed, beside its page (ids are slugs, so no party page or year folder can be called feed.xml).</summary>
    public static string PartyFeed(string id) => Party(id) + Feed;

    public static string TagFeed(string tag) => Tag(tag) + Feed;

    /// <summary>A year of a list page (<c>timeline/2026/</c>, <c>tags/launches/2026/</c>): stable however many entries are added.</summary>
    public static string Year(string list, int year) => $"{list}{year:D4}/";

    /// <summary>A month of a list's year that was too long for one page (<c>timeline/2026/03/</c>).</summary>
    public static string Month(string list, int year, int month) => $"{list}{year:D4}/{month:D2}/";

    /// <summary>
    /// A page of a long index (<c>tags/</c>, <c>parties/</c>) listing what starts with <paramref name="prefix"/>
    /// (<c>tags/starting-with/t/</c>). It sits in a folder of its own beside the tags' and parties' pages, which is why no tag or
    /// party may be called <see cref="StartingWithFolder"/>.
    /// </summary>
    public static string StartingWith(string index, string prefix) => $"{index}{StartingWithFolder}/{prefix}/";

    public const string StartingWithFolder = "starting-with";

    /// <summary>A day of a list's month that was too long for one page (<c>timeline/2026/03/15/</c>).</summary>
    public static string Day(string list, int year, int month, int day) => $"{list}{year:D4}/{month:D2}/{day:D2}/";

    /// <summary>The id a year keeps on its list's index page (<c>timeline/#y2026</c>, the anchor the one-page timeline had).</summary>
    public static string YearAnchor(int year) => $"y{year:D4}";

    /// <summary>Where the FAQ index looks up the new home of an old <c>faq/#question</c> anchor (see FaqAnchorMap).</summary>
    public const string FaqAnchors = "faq/anchors/";

    /// <summary>The file a page path is written to: directory URLs become <c>index.html</c>, as GitHub Pages serves them.</summary>
    public static string File(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
