using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Support;

/// <summary>Follows every same-site link, script, stylesheet and image from a start URL over HTTP, as a reader's browser would,
/// and reports each URL that does not answer 200.</summary>
public static class SiteCrawler
{
    public static async Task<(int Checked, IReadOnlyList<string> Broken)> CrawlAsync(Uri start)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
        var queue = new Queue<(Uri Url, string From)>([(start, "(start)")]);
        var broken = new List<string>();
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url.PathAndQuery} ({(int)response.StatusCode}, linked from {from})");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;

            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                // The final URL after redirects: a relative link resolves against /faq/, not /faq.
                var resolved = new Uri(response.RequestMessage!.RequestUri!, target);
                if (resolved.Authority != start.Authority || resolved.Scheme != start.Scheme) continue;
                var withoutFragment = new UriBuilder(resolved) { Fragment = "" }.Uri;
                if (seen.Add(withoutFragment.AbsoluteUri)) queue.Enqueue((withoutFragment, url.PathAndQuery));
            }
        }
        return (seen.Count, broken);
    }

    /// <summary>A free port in 5700–5799, the range these tests may use.</summary>
    public static int FreePort()
    {
        foreach (var port in Enumerable.Range(5700, 100).OrderBy(_ => Random.Shared.Next()))
        {
            try
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
                return port;
            }
            catch (SocketException) { }
        }
        throw new InvalidOperationException("no free port in 5700–5799");
    }
}
