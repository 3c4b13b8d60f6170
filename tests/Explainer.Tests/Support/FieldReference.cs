using System.Text;
using System.Text.Json;

namespace Explainer.Tests.Support;

/// <summary>
/// Generates CONTRIBUTING.md's field reference from the JSON Schemas, so the documentation cannot drift from what editors
/// and <c>check</c> enforce: one Markdown table per object (entry, source, FAQ item, party, site.yml).
/// </summary>
public static class FieldReference
{
    public const string Start = "<!-- field-reference:start (generated from schemas/*.schema.json by tests/Explainer.Tests/Schemas/FieldReferenceTests.cs: do not edit by hand; run ACCEPT_SNAPSHOTS=1 dotnet test tests/Explainer.Tests to regenerate) -->";
    public const string End = "<!-- field-reference:end -->";

    private static readonly (string Heading, string Schema, string Pointer)[] Objects =
    [
        ("Entry (`input/entries/YEAR/SLUG.md`)", "entry", ""),
        ("Each item of `sources`", "entry", "definitions/source"),
        ("Each item of `faq`", "entry", "definitions/faqItem"),
        ("Each item of `corrections` (entries and parties)", "entry", "definitions/correction"),
        ("Party (`input/parties/ID.md`)", "party", ""),
        ("Standalone page (`input/pages/SLUG.md`)", "page", ""),
        ("Site (`input/site.yml`)", "site", ""),
    ];

    public static string Generate(string schemaFolder)
    {
        var builder = new StringBuilder();
        foreach (var (heading, schema, pointer) in Objects)
        {
            var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(schemaFolder, $"{schema}.schema.json"))).RootElement;
            var node = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (n, part) => n.GetProperty(part));
            var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];

            builder.Append("#### ").Append(heading).Append("\n\n");
            builder.Append("| Field | Required | Value | What it is for |\n|---|---|---|---|\n");
            foreach (var property in node.GetProperty("properties").EnumerateObject())
            {
                builder.Append("| `").Append(property.Name).Append("` | ")
                    .Append(required.Contains(property.Name) ? "yes" : "no").Append(" | ")
                    .Append(Value(property.Value)).Append(" | ")
                    .Append(Description(property.Value)).Append(" |\n");
            }
            builder.Append('\n');
        }
        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Replaces the text between the markers of <paramref name="document"/>; null when the markers are missing.</summary>
    public static string? Splice(string document, string generated)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return document[..(start + Start.Length)] + "\n" + generated + document[end..];
    }

    private static string Description(JsonElement field)
    {
        var text = field.GetProperty("description").GetString()!;
        foreach (var prefix in new[] { "Required. ", "Optional. " })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..];
        return text.Replace("|", "\\|");
    }

    private static string Value(JsonElement field)
    {
        if (field.TryGetProperty("anyOf", out _)) return "EDTF date: `2026-07-10`, `2026-07`, `2026`, `2026-03?`, `2025-09/2026-03`, `../2026-07-04`";
        if (field.TryGetProperty("$ref", out var reference)) return reference.GetString()!.EndsWith("source", StringComparison.Ordinal) ? "a source" : "a question and answer";
        if (field.TryGetProperty("enum", out var values))
        {
            var all = values.EnumerateArray().Select(v => v.GetString()!).ToList();
            return all.Count <= 8 ? "one of " + string.Join(", ", all.Select(v => $"`{v}`")) : $"one of {all.Count} codes, e.g. `CN`, `US`, `GB`";
        }
        var type = field.GetProperty("type").GetString();
        if (type == "array")
        {
            var items = field.GetProperty("items");
            var what = items.TryGetProperty("$ref", out var itemRef)
                ? itemRef.GetString()!.Split('/')[^1] switch
                {
                    "source" => "sources (table below)",
                    "correction" => "corrections (table below)",
                    _ => "questions and answers (table below)",
                }
                : Value(items).Replace("slug: ", "slugs: ");
            var constraints = new List<string>();
            if (field.TryGetProperty("minItems", out var min) && min.GetInt32() > 0) constraints.Add($"at least {min.GetInt32()}");
            if (field.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()) constraints.Add("no repeats");
            return $"list of {what}" + (constraints.Count > 0 ? $" ({string.Join(", ", constraints)})" : "");
        }
        if (type == "object") return "`tag: name` lines (tags as slugs)";
        if (type == "integer") return "whole number";
        if (type == "boolean") return "`true` or `false`";
        var pattern = field.TryGetProperty("pattern", out var p) ? p.GetString() : null;
        return pattern switch
        {
            @"^[a-z0-9]+(-[a-z0-9]+)*$" => "slug: lower-case letters, digits, single hyphens",
            _ when pattern?.StartsWith("^[Hh][Tt][Tt][Pp]", StringComparison.Ordinal) == true => "`http://` or `https://` URL",
            _ when pattern?.StartsWith("^[1-9][0-9]{3}-", StringComparison.Ordinal) == true => "day: `YYYY-MM-DD`",
            _ => "text",
        };
    }
}
