using Ganss.Xss;

namespace Explainer.Markdown;

/// <summary>The sanitizer policy for contributed HTML: no scripts, no event handlers, no inline styles (the site runs under a strict CSP), http(s)/mailto links only.</summary>
public static class HtmlSafety
{
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("role");
        sanitizer.AllowedAttributes.Add("aria-label");
        sanitizer.AllowedAttributes.Add("aria-describedby");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
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
