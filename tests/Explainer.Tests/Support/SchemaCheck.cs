using Explainer.Content;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Explainer.Tests.Support;

/// <summary>The schemas in schemas/, loaded once, and a way to validate a file's front matter (or site.yml) against one.</summary>
public static class SchemaCheck
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "schemas");

    private static readonly Dictionary<string, JsonSchema> Loaded = new[] { "entry", "party", "site", "page" }
        .ToDictionary(n => n, n => JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Folder, $"{n}.schema.json"))).GetAwaiter().GetResult());

    public static JsonSchema Schema(string kind) => Loaded[kind];

    /// <summary>The schema's complaints about a file: its front matter for .md, the whole text for .yml. Empty means valid.</summary>
    public static IReadOnlyList<string> Errors(string kind, string fileText, bool isMarkdown)
    {
        var yaml = fileText;
        if (isMarkdown)
        {
            var (frontMatter, error) = FrontMatterSplitter.Split(new InputFile("fixture.md", "fixture.md", fileText.ReplaceLineEndings("\n")));
            if (frontMatter is null) return [$"no front matter: {error?.Message}"];
            yaml = frontMatter.Yaml;
        }
        var json = YamlJson.Convert(yaml);
        if (json is null) return ["not valid YAML"];
        return Leaves(Schema(kind).Validate(json)).Select(e => $"{e.Path}: {e.Kind}").Distinct().ToList();
    }

    /// <summary>NJsonSchema nests an array item's or an anyOf's problems under one error; the innermost ones say where and what.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Values.Any(v => v.Count > 0)
            ? (e.Kind is ValidationErrorKind.NotAnyOf ? [e] : Leaves(child.Errors.Values.SelectMany(v => v)))
            : [e]);
}
