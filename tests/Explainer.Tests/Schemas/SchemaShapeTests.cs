using System.Text.Json;
using Explainer.Content;
using Explainer.Model;
using Explainer.Tests.Support;

namespace Explainer.Tests.Schemas;

/// <summary>Issue 4: the schemas name exactly the fields <see cref="FieldNames"/> allows (the validator's source of truth), with the same enums, and describe every field.</summary>
public class SchemaShapeTests
{
    public static TheoryData<string, string, string[]> Objects() => new()
    {
        { "entry", "", FieldNames.Entry.ToArray() },
        { "entry", "definitions/source", FieldNames.Source.ToArray() },
        { "entry", "definitions/faqItem", FieldNames.Faq.ToArray() },
        { "entry", "definitions/correction", FieldNames.Correction.ToArray() },
        { "party", "", FieldNames.Party.ToArray() },
        { "party", "definitions/source", FieldNames.Source.ToArray() },
        { "party", "definitions/correction", FieldNames.Correction.ToArray() },
        { "page", "", FieldNames.Page.ToArray() },
        { "site", "", FieldNames.Site.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_schema_allows_exactly_the_validators_fields(string schema, string pointer, string[] fields)
    {
        var node = Node(schema, pointer);
        var properties = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(fields.Order(StringComparer.Ordinal), properties);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean(), $"{schema} {pointer} must reject unknown keys, as the validator does");
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Every_field_has_a_description_for_editor_hovers(string schema, string pointer, string[] fields)
    {
        var properties = Node(schema, pointer).GetProperty("properties");
        foreach (var field in fields)
        {
            Assert.True(properties.GetProperty(field).TryGetProperty("description", out var description) && description.GetString()!.Length > 20,
                $"{schema} {pointer}/{field} needs a description");
        }
    }

    [Fact]
    public void The_enums_are_the_validators()
    {
        Assert.Equal(Enum.GetNames<EntryStatus>().Select(n => n.ToLowerInvariant()), EnumOf(Node("entry", "properties/status")));
        Assert.Equal(Enum.GetNames<PartyKind>().Select(n => n.ToLowerInvariant()), EnumOf(Node("party", "properties/kind")));
        Assert.Equal(CountryCodes.All.Order(StringComparer.Ordinal), EnumOf(Node("party", "properties/country")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("entry")]
    [InlineData("party")]
    [InlineData("site")]
    [InlineData("page")]
    public void The_schema_is_draft_07_which_yaml_language_server_supports_fully(string schema) =>
        Assert.Equal("http://json-schema.org/draft-07/schema#", Node(schema, "").GetProperty("$schema").GetString());

    private static IEnumerable<string> EnumOf(JsonElement node) => node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void A_site_kept_outside_the_repository_publishes_the_generator_s_copies_of_the_schemas()
    {
        using var folder = new TempFolder(); // its input/ has no schemas/ beside it
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>());

        foreach (var name in new[] { "entry", "party", "page", "site" })
        {
            var published = result.Text($"schemas/{name}.schema.json");
            Assert.Equal(File.ReadAllText(Path.Combine(SchemaCheck.Folder, $"{name}.schema.json")), published);
        }
    }

    private static JsonElement Node(string schema, string pointer)
    {
        var node = JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaCheck.Folder, $"{schema}.schema.json"))).RootElement;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node.GetProperty(part);
        return node;
    }
}
