using System.Globalization;
using System.Text;
using Explainer.Content;
using Explainer.SiteModel;

namespace Explainer.Sharing;

/// <summary>
/// "Cite this entry" in three formats: plain text (APA-like), BibTeX and CSL-JSON (what Zotero and Pandoc read). The author is
/// the site, the date is the day the page was last updated (else first published; "n.d." when neither is known), and the
/// access date is left as a placeholder for the reader: a citation records when its reader looked, which a static page cannot know.
/// </summary>
public sealed class Citation(Site site)
{
    private readonly string _keyPrefix = Slug.Anchor(site.Settings.Title) + ":";
    private readonly string _author = Clean(site.Settings.Title);
    private readonly string _authorTeX = TeX(Clean(site.Settings.Title));

    /// <summary>What a reader replaces in the plain text and BibTeX, and the CSL-JSON date-parts (said next to each on the page).</summary>
    public const string AccessPlaceholder = "YYYY-MM-DD";

    private static readonly string[] BibMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public CitationFormats For(RenderedEntry rendered)
    {
        var entry = rendered.Entry;
        var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));
        var (published, updated) = RecordDates.Of(site, entry);
        var day = updated ?? published;
        var key = Key(entry.Slug);
        var title = Clean(entry.Event);
        var author = _author;
        return new CitationFormats(key, Text(author, title, day, url), BibTex(key, _authorTeX, title, day, url), CslJson(key, author, title, entry.Summary, day, url));
    }

    /// <summary>A key that stays the same for as long as the entry's slug does: the site's slug, a colon, the entry's slug.</summary>
    public string Key(string slug) => _keyPrefix + slug;

    /// <summary>APA 7 for a web page with a group author: Author. (Year, Month Day). <i>Title</i>. Retrieved date, from URL</summary>
    private static string Text(string author, string title, DateOnly? day, string url)
    {
        var date = day is { } d ? d.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture) : "n.d.";
        var end = title.EndsWith('?') || title.EndsWith('!') || title.EndsWith('.') ? "" : ".";
        return $"{author}. ({date}). {title}{end} Retrieved {AccessPlaceholder}, from {url}";
    }

    /// <param name="authorTeX">The author, already escaped for TeX (the same for every entry).</param>
    private static string BibTex(string key, string authorTeX, string title, DateOnly? day, string url)
    {
        var text = new StringBuilder(256);
        text.Append("@misc{").Append(key).Append(",\n");
        // Double braces keep the group author one name and the title's capitals as written.
        text.Append("  author = {{").Append(authorTeX).Append("}},\n");
        text.Append("  title = {{");
        TeX(text, title);
        text.Append("}},\n");
        if (day is { } d)
        {
            text.Append(CultureInfo.InvariantCulture, $"  year = {{{d.Year}}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  month = {BibMonths[d.Month - 1]},\n");
        }
        Field(text, "url", TeXUrl(url));
        Field(text, "urldate", AccessPlaceholder);
        text.Append("}");
        return text.ToString();
    }

    /// <summary>CSL-JSON, indented, with each date's parts on one line as people write them: <c>[[2026, 3, 20]]</c>.</summary>
    private static string CslJson(string key, string author, string title, string summary, DateOnly? day, string url) => Json.Pretty(json =>
    {
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("id", key);
        // A page of an explainer site, not an article of a newspaper: CSL's "webpage" styles it that way.
        json.WriteString("type", "webpage");
        json.WriteString("title", title);
        json.WriteString("container-title", author);
        json.WritePropertyName("author");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("literal", author);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("abstract", Clean(summary));
        json.WriteString("URL", url);
        if (day is { } d) DateParts(json, "issued", string.Create(CultureInfo.InvariantCulture, $"[[{d.Year}, {d.Month}, {d.Day}]]"));
        // Strings where numbers go, so an unfilled placeholder is visible rather than a plausible wrong day.
        DateParts(json, "accessed", "[[\"YYYY\", \"MM\", \"DD\"]]");
        json.WriteEndObject();
        json.WriteEndArray();
    });

    private static void DateParts(System.Text.Json.Utf8JsonWriter json, string name, string parts)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WritePropertyName("date-parts");
        json.WriteRawValue(parts);
        json.WriteEndObject();
    }

    private static void Field(StringBuilder text, string name, string value) => text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>Escapes the characters TeX gives a meaning (<c>\ { } $ &amp; % # _ ^ ~</c>) so a title prints as written.</summary>
    public static string TeX(string text)
    {
        if (text.AsSpan().IndexOfAny(TeXSpecial) < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        TeX(escaped, text);
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> TeXSpecial = System.Buffers.SearchValues.Create("\\{}$&%#_^~");

    private static void TeX(StringBuilder escaped, string text)
    {
        foreach (var c in text)
        {
            if (!TeXSpecial.Contains(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\^{}",
                _ => @"\~{}",
            });
        }
    }

    /// <summary>
    /// Inside <c>url = {…}</c> BibTeX and biblatex take characters as they are (<c>%</c> and <c>#</c> included), but braces
    /// must balance and a backslash starts a command: those three are written percent-encoded, which is the same address.
    /// </summary>
    private static string TeXUrl(string url) => url.Replace("{", "%7B").Replace("}", "%7D").Replace("\\", "%5C");

    /// <summary>One line of text without characters a citation manager would choke on (controls, lone surrogates).</summary>
    private static string Clean(string text) =>
        IsOneCleanLine(text) ? text : string.Join(' ', XmlCharacters.Strip(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text that <see cref="Clean"/> would give back as it is (nearly all of it): words parted by single spaces, nothing to strip.</summary>
    private static bool IsOneCleanLine(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ' || XmlCharacters.FindForbidden(text) >= 0) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}

/// <summary>The three formats of one entry's citation, each ready to copy, and the key they share.</summary>
public sealed record CitationFormats(string Key, string Text, string BibTex, string CslJson)
{
    // The page shows each format inside <pre>, where only & and < (and > for symmetry) need escaping. The template's own
    // encoder would also write every newline and quote as an entity: CSL-JSON came out twice its size on every entry page.
    public string TextHtml => PreText(Text);

    public string BibTexHtml => PreText(BibTex);

    public string CslJsonHtml => PreText(CslJson);

    private static string PreText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
