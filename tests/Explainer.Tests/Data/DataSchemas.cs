using NJsonSchema;
using NJsonSchema.Validation;

namespace Explainer.Tests.Data;

/// <summary>The data files' schemas from schemas/data/ (loaded from their files, so their relative <c>$ref</c>s resolve), and a check of a file against one.</summary>
public static class DataSchemas
{
    public static string Folder => Path.Combine(Support.RepositoryPaths.Root, "schemas", "data");

    private static readonly Dictionary<string, JsonSchema> Loaded = new[] { "entries", "entries-year", "parties" }
        .ToDictionary(n => n, n => JsonSchema.FromFileAsync(Path.Combine(Folder, $"{n}.schema.json")).GetAwaiter().GetResult());

    /// <summary>The schema a data file names in its <c>$schema</c>, by the file name at the end of that address.</summary>
    public static JsonSchema For(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var address = document.RootElement.GetProperty("$schema").GetString()!;
        var name = address[(address.LastIndexOf('/') + 1)..].Replace(".schema.json", "");
        return Loaded[name];
    }

    /// <summary>Every complaint of the schema the file names, innermost first; empty when the file is valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Leaves(For(json).Validate(json)).Select(e => $"{e.Path}: {e.Kind}").Distinct().ToList();

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Values.Any(v => v.Count > 0)
            ? Leaves(child.Errors.Values.SelectMany(v => v))
            : [e]);
}
