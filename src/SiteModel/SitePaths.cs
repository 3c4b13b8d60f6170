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
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string Assets = "assets/";
    public const string Corrections = "corrections/";
    public const string CorrectionsFeed = "corrections/feed.xml";

    /// <summary>The standalone page (input/pages/) that the corrections log links as its policy.</summary>
    public const string CorrectionsPolicySlug = "corrections-policy";

    /// <summary>
    /// First path segments the generator (or Pagefind, or the schemas) writes: a standalone page may not take one of these slugs.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "entries", "parties", "tags", "timeline", "faq", "search", "corrections", "assets", "pagefind", "schemas",
        "feed", "sitemap", "robots", "404", "index",
    };

    public static string Page(string slug) => $"{slug}/";

    public static string Entry(string slug) => $"entries/{slug}/";

    public static string Party(string id) => $"parties/{id}/";

    public static string Tag(string tag) => $"tags/{tag}/";

    /// <summary>The file a page path is written to: directory URLs become <c>index.html</c>, as GitHub Pages serves them.</summary>
    public static string File(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
