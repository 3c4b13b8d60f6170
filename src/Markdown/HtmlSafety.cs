using Ganss.Xss;

namespace Explainer.Markdown;

/// <summary>The sanitizer policy for contributed HTML: no scripts, no event handlers, no inline styles (the site runs under a strict CSP), http(s)/mailto links only.</summary>
public static class HtmlSafety
{
    /// <summary>The only URL schemes content may link to, in raw HTML and in Markdown alike.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    private static readonly string[] ExtraAttributes = ["id", "class", "role", "aria-label", "aria-describedby"];
    private static readonly string[] FormTags = ["form", "input", "button", "textarea", "select"];

    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        foreach (var attribute in ExtraAttributes) sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes) sanitizer.AllowedSchemes.Add(scheme);
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        return sanitizer;
    }

    /// <summary>Sanitizes one fragment of raw HTML and says what had to be removed (empty when it was already safe).</summary>
    public static IReadOnlyList<string> Problems(string rawHtml)
    {
        // A fresh sanitizer per call keeps the event handlers private to this call; raw HTML is rare in entries.
        var sanitizer = CreateSanitizer();
        var problems = new List<string>();
        sanitizer.RemovingTag += (_, e) => problems.Add($"the <{e.Tag.LocalName}> element");
        sanitizer.RemovingAttribute += (_, e) => problems.Add($"the attribute {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => problems.Add($"the style '{e.Style.Name}'");
        sanitizer.RemovingAtRule += (_, e) => problems.Add("a CSS at-rule");
        sanitizer.Sanitize(rawHtml);
        return problems;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
