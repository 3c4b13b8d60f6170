using System.Text.RegularExpressions;
using Explainer.SiteModel;

namespace Explainer.Serving;

/// <summary>
/// The URL path a built site was made for, read from its home page: every link the generator writes starts with the base path
/// (<c>/explainer/assets/site.css</c>, <c>/explainer/timeline/</c>), so the folder all of them share is it. <c>serve output</c>
/// then works without being told the base path again; served at the root, a site built for <c>/explainer/</c> had no styles and
/// no working link.
/// </summary>
public static partial class BuiltBasePath
{
    /// <summary>Home pages are small; a larger file is read only this far (the links that matter are in its head and header).</summary>
    private const int MaxBytesRead = 512 * 1024;

    /// <summary>The base path of the site in <paramref name="siteFolder"/>, or null when its index.html links nothing root-relative.</summary>
    public static string? Of(string siteFolder)
    {
        var index = Path.Combine(siteFolder, "index.html");
        // Only a plain file is read: a named pipe (or a link to one) would wait for a writer, and serve would never start.
        if (Output.FileTree.IsLink(index) || Output.NativeFileSystem.IsSpecialFile(index)) return null;
        string html;
        try
        {
            using var stream = File.OpenRead(index);
            var buffer = new byte[MaxBytesRead];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            html = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return FromLinks(RootRelativeLinks().Matches(html).Select(m => m.Groups["url"].Value));
    }

    /// <summary>The longest folder every one of <paramref name="links"/> is in; null when there are none or the folder is not a valid base path.</summary>
    public static string? FromLinks(IEnumerable<string> links)
    {
        string? shared = null;
        foreach (var link in links)
        {
            var path = link.Split('?', '#')[0];
            var folder = path[..(path.LastIndexOf('/') + 1)];
            shared = shared is null ? folder : SharedFolder(shared, folder);
        }
        return shared is not null && SiteUrls.BasePathProblem(shared) is null ? shared : null;
    }

    /// <summary>The longest run of whole folders that both paths start with ("/a/b/" and "/a/c/" share "/a/").</summary>
    private static string SharedFolder(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
        {
            if (a[i] == '/') length = i + 1;
        }
        return a[..length];
    }

    // A path from the site's root (not "//host/…", which is another site): what the generator writes for every page and asset.
    [GeneratedRegex("\\b(?:href|src|action)=\"(?<url>/(?!/)[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex RootRelativeLinks();
}
