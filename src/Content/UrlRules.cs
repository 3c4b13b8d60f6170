namespace Explainer.Content;

/// <summary>Which URLs content may carry: absolute http(s) for sources and websites.</summary>
public static class UrlRules
{
    public static bool IsHttp(string value) => Inspect(value).IsHttp;

    /// <summary>Both answers from one parse (every source's address is asked both: ~1% of a 10,000-entry build parsed them twice).</summary>
    public static (bool IsHttp, bool HasCredentials) Inspect(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)) return (false, false);
        var isHttp = (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);
        return (isHttp, uri.UserInfo.Length > 0);
    }

    /// <summary>A ?query or #fragment, which a base address for every page must not have.</summary>
    public static bool HasQueryOrFragment(string value) => value.Contains('?') || value.Contains('#');
}
