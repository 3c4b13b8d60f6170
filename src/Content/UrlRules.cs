namespace Explainer.Content;

/// <summary>Which URLs content may carry: absolute http(s) for sources and websites.</summary>
public static class UrlRules
{
    public static bool IsHttp(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    public static bool HasCredentials(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0;

    /// <summary>A ?query or #fragment, which a base address for every page must not have.</summary>
    public static bool HasQueryOrFragment(string value) => value.Contains('?') || value.Contains('#');
}
