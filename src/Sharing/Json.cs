using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Explainer.Content;

namespace Explainer.Sharing;

/// <summary>
/// Serializes the JSON the site publishes (JSON-LD blocks, CSL-JSON, JSON Feed) the same way everywhere: property order as
/// built, non-ASCII text kept readable; in JSON-LD lines <c>&lt; &gt; &amp;</c> are escaped (<c>\u003C</c>) so that no text from
/// content can close the <c>&lt;script&gt;</c> the block sits in.
/// </summary>
public static class Json
{
    // The JavaScript encoder always escapes HTML-sensitive characters (< > & ' "), U+2028/9 and lone surrogates, whatever ranges it allows.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions Compact = new() { Encoder = Encoder };
    // Files and <pre> text (escaped by the template like any text) need no script-safety, and read better without \u0027 for ’'.
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    /// <summary>One line, for a <c>&lt;script type="application/ld+json"&gt;</c> block.</summary>
    public static string Line(JsonNode node) => Write(node, Compact);

    /// <summary>Indented with two spaces and <c>\n</c>, for files and text a reader copies; never put it in HTML unescaped.</summary>
    public static string Pretty(JsonNode node) => Write(node, Indented);

    /// <summary>Indented like <see cref="Pretty(JsonNode)"/>, written by hand (for values that read better on one line, via WriteRawValue).</summary>
    public static string Pretty(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented)) write(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A JSON string value from content: characters JSON text cannot carry safely (lone surrogates, controls XML also refuses) are dropped.</summary>
    public static JsonNode Text(string text) => JsonValue.Create(XmlCharacters.Strip(text));

    private static string Write(JsonNode node, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) node.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
