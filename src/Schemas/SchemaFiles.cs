using Explainer.Output;

namespace Explainer.Schemas;

/// <summary>
/// Reads the JSON Schemas for front matter and site.yml from schemas/ beside the input folder, to publish them at
/// /schemas/ so that forks and editors can point at a stable address. A site without that folder publishes none of those.
/// The schemas of the data files (schemas/data/, built into the generator) are published by every site, since every
/// site writes the data files that link them.
/// </summary>
public static class SchemaFiles
{
    public const string OutputFolder = "schemas/";

    public static IReadOnlyList<OutputFile> Load(string inputFolder)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd('/', '\\'));
        var folder = repository is null ? null : Path.Combine(repository, "schemas");
        var content = folder is null || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.schema.json")
                .Order(StringComparer.Ordinal)
                .Select(f => new OutputFile(OutputFolder + Path.GetFileName(f), File.ReadAllBytes(f)));
        return content.Concat(DataSchemas.Value).ToList();
    }

    /// <summary>schemas/data/*.schema.json as embedded in the assembly (Explainer.csproj), read once.</summary>
    private static readonly Lazy<IReadOnlyList<OutputFile>> DataSchemas = new(() =>
    {
        var assembly = typeof(SchemaFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(OutputFolder + "data/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return new OutputFile(n, bytes.ToArray());
            })
            .ToList();
    });
}
