using Explainer.Output;

namespace Explainer.Schemas;

/// <summary>
/// Reads the JSON Schemas for front matter and site.yml from schemas/ beside the input folder, to publish them at
/// /schemas/ so that forks and editors can point at a stable address. A site without that folder publishes none.
/// </summary>
public static class SchemaFiles
{
    public const string OutputFolder = "schemas/";

    public static IReadOnlyList<OutputFile> Load(string inputFolder)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd('/', '\\'));
        var folder = repository is null ? null : Path.Combine(repository, "schemas");
        if (folder is null || !Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.schema.json")
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile(OutputFolder + Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
    }
}
