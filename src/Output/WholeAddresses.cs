using System.Text.RegularExpressions;
using Explainer.SiteModel;

namespace Explainer.Output;

/// <summary>
/// Links within the site (<c>/explainer/parties/x/</c>) in content HTML made whole addresses (<c>https://…/explainer/parties/x/</c>)
/// for feeds: a JSON Feed has no base to resolve a root-relative link against, and many Atom readers ignore <c>xml:base</c>.
/// </summary>
public static class WholeAddresses
{
    /// <param name="html">The renderer's and the sanitizer's HTML, which quote every attribute with '"'.</param>
    public static string In(string html, SiteUrls urls)
    {
        var basePath = urls.BasePath;
        if (!html.Contains($"=\"{basePath}", StringComparison.Ordinal)) return html;
        var root = FeedItems.Html.Encode(urls.Absolute(""));
        // Not "//host/…" (another site, whatever the scheme) when the base path is "/".
        return Regex.Replace(html, $" (href|src)=\"{Regex.Escape(basePath)}(?!/)", m => $" {m.Groups[1].Value}=\"{root}");
    }
}
