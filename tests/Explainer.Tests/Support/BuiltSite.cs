using System.Text.RegularExpressions;
using Explainer.Build;
using Explainer.Cli;

namespace Explainer.Tests.Support;

/// <summary>A site built to disk with the build command, read back as a reader's browser would: by URL.</summary>
public sealed partial class BuiltSite
{
    private BuiltSite(string folder, string basePath)
    {
        Folder = folder;
        BasePath = basePath;
    }

    public string Folder { get; }

    /// <summary>The base path links carry, e.g. <c>/explainer/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Builds <paramref name="options"/> without the search index and returns the written site.</summary>
    public static BuiltSite Build(BuildOptions options, string basePath)
    {
        var exit = BuildCommand.Run(options with { Search = false, BasePath = basePath });
        Assert.Equal(0, exit);
        return new BuiltSite(options.OutputFolder, basePath);
    }

    /// <summary>The file a site path (<c>/faq/</c>, <c>/feed.xml</c>, without the base path) is served from, or null.</summary>
    public string? FileFor(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var path = Path.Combine(Folder, relative);
        return File.Exists(path) ? path : null;
    }

    public string Html(string sitePath) => File.ReadAllText(FileFor(sitePath) ?? throw new FileNotFoundException(sitePath));

    public static bool HasId(string html, string id) => html.Contains($" id=\"{id}\"", StringComparison.Ordinal);

    /// <summary>The site paths (base path removed) of the internal links on a page.</summary>
    public IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => m.Groups[1].Value)
            .Where(h => h.StartsWith(BasePath, StringComparison.Ordinal))
            .Select(h => "/" + h[BasePath.Length..]);

    [GeneratedRegex("href=\"([^\"#]*)[^\"]*\"")]
    private static partial Regex Href();
}
