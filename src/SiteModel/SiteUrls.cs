namespace Explainer.SiteModel;

/// <summary>Turns site-relative paths into the root-relative URLs pages link with (base path included) and the absolute URLs feeds use.</summary>
public sealed record SiteUrls(string BasePath, Uri PublicUrl)
{
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
