using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Explainer.Content;

namespace Explainer.Sharing;

/// <summary>
/// Serializes the JSON the site publishes (JSON-LD blocks, CSL-JSON, JSON Feed) the same way everywhere: property order as
/// written, non-ASCII text kept readable; in JSON-LD lines <c>&lt; &gt; &amp;</c> are escaped (<c>\u003C</c>) so that no text
/// from content can close the <c>&lt;script&gt;</c> the block sits in.
/// </summary>
public static class Json
{
    // The JavaScript encoder always escapes HTML-sensitive characters (< > & ' "), U+2028/9 and lone surrogates, whatever ranges it allows.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    // Files and <pre> text (escaped by the template like any text) need no script-safety, and read better without \u0027 for ’'.
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    /// <summary>One line, for a <c>&lt;script type="application/ld+json"&gt;</c> block, as UTF-8 (what a page is written in).</summary>
    public static byte[] LineUtf8(Action<Utf8JsonWriter> write) => Serialise(write, Compact, bytes => bytes.ToArray());

    /// <summary>Indented with two spaces and <c>\n</c>, for files and text a reader copies; never put it in HTML unescaped.</summary>
    public static string Pretty(Action<Utf8JsonWriter> write) => Write(write, Indented);

    public static string Pretty(JsonNode node) => Write(writer => node.WriteTo(writer), Indented);

    /// <summary>Text from content without what JSON text cannot carry safely (lone surrogates, controls XML also refuses).</summary>
    public static string Clean(string text) => XmlCharacters.Strip(text);

    /// <summary>A JSON string value from content, cleaned like <see cref="Clean"/>.</summary>
    public static JsonNode Text(string text) => JsonValue.Create(Clean(text));

    // Pages are rendered in parallel and each entry page has two blocks and a CSL-JSON: each thread serialises into one buffer
    // of its own (a buffer taken while a call inside another is writing gets a fresh one).
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    private static string Write(Action<Utf8JsonWriter> write, JsonWriterOptions options) =>
        Serialise(write, options, bytes => System.Text.Encoding.UTF8.GetString(bytes));

    /// <summary>
    /// Serialises with <paramref name="write"/> into this thread's buffer and passes the bytes to <paramref name="finish"/>, which
    /// must copy what it keeps: the buffer is used again by the next call (the data files' records use it too).
    /// </summary>
    internal static T Serialise<T>(Action<Utf8JsonWriter> write, JsonWriterOptions options, Func<ReadOnlySpan<byte>, T> finish)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        t_buffer = null;
        buffer.ResetWrittenCount();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, options)) write(writer);
            return finish(buffer.WrittenSpan);
        }
        finally
        {
            t_buffer = buffer;
        }
    }
}
