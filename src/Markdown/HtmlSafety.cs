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
    public static IReadOnlyList<string> Problems(string rawHtml) => Findings(rawHtml, forWholePage: false).Select(f => f.Problem).ToList();

    /// <summary>One thing the sanitizer would remove, with the text to look for to find where it is written (<c>&lt;script</c>, <c>onerror</c>).</summary>
    public sealed record Finding(string Problem, string Needle);

    /// <param name="forWholePage">A page of its own (a file in input/static/) may also carry a title and meta name/charset tags.</param>
    public static IReadOnlyList<Finding> Findings(string rawHtml, bool forWholePage)
    {
        // A fresh sanitizer per call keeps the event handlers private to this call; raw HTML is rare in entries.
        var sanitizer = CreateSanitizer();
        if (forWholePage)
        {
            sanitizer.AllowedTags.Add("title");
            sanitizer.AllowedTags.Add("meta");
            sanitizer.AllowedAttributes.Add("charset");
            sanitizer.AllowedAttributes.Add("content");
            sanitizer.AllowedAttributes.Add("lang");
            foreach (var tag in (string[])["html", "head", "body"]) sanitizer.AllowedTags.Add(tag);
        }
        var findings = new List<Finding>();
        sanitizer.RemovingTag += (_, e) => findings.Add(new($"the <{e.Tag.LocalName}> element", "<" + e.Tag.LocalName));
        sanitizer.RemovingAttribute += (_, e) =>
            findings.Add(new($"the attribute {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" on <{e.Tag.LocalName}>", e.Attribute.Name));
        sanitizer.RemovingStyle += (_, e) => findings.Add(new($"the style '{e.Style.Name}'", e.Style.Name));
        sanitizer.RemovingAtRule += (_, e) => findings.Add(new("a CSS at-rule", "@"));
        if (forWholePage) sanitizer.SanitizeDocument(rawHtml);
        else sanitizer.Sanitize(rawHtml);
        return findings;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
