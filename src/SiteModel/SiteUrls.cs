namespace Explainer.SiteModel;

/// <summary>Turns site-relative paths into the root-relative URLs pages link with (base path included) and the absolute URLs feeds use.</summary>
public sealed record SiteUrls(string BasePath, Uri PublicUrl)
{
    /// <summary>
    /// Why a base path given on the command line cannot be one, or null. Each of its folders must be a plain URL path segment
    /// (letters, digits, <c>-</c>, <c>.</c>, <c>_</c>, <c>~</c>: a GitHub repository's name always is): a space or a quote would be
    /// written into every link as it is, and <c>..</c> would point the links above the site.
    /// </summary>
    public static string? BasePathProblem(string basePath)
    {
        var segments = basePath.Trim().Trim('/').Split('/');
        if (segments is [""]) return null;
        var bad = segments.FirstOrDefault(s => s is "" or "." or ".." || !s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'));
        return bad is null ? null
            : $"--base-path must be a path such as /explainer/ (folders of letters, digits, '-', '.', '_' or '~'), not '{basePath}'";
    }

    /// <summary>Normalises a user-given base path to the form <c>/explainer/</c> (or <c>/</c>).</summary>
    public static string NormaliseBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    public string Link(string sitePath) => BasePath + sitePath;

    public string Absolute(string sitePath)
    {
        var root = PublicUrl.AbsoluteUri.EndsWith('/') ? PublicUrl.AbsoluteUri : PublicUrl.AbsoluteUri + "/";
        return root + sitePath;
    }
}
