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

    public static string Entry(string slug) => $"entries/{slug}/";

    public static string Party(string id) => $"parties/{id}/";

    public static string Tag(string tag) => $"tags/{tag}/";

    /// <summary>The file a page path is written to: directory URLs become <c>index.html</c>, as GitHub Pages serves them.</summary>
    public static string File(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
