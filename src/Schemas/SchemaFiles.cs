using Explainer.Output;

namespace Explainer.Schemas;

/// <summary>
/// The JSON Schemas published at /schemas/, so that forks and editors can point at a stable address: those for front matter and
/// site.yml from schemas/ beside the input folder (a fork may have changed them), or the generator's own copies when there is
/// no such folder (an input folder kept elsewhere); and the schemas of the data files (schemas/data/, built into the generator),
/// which every site writes.
/// </summary>
public static class SchemaFiles
{
    public const string OutputFolder = "schemas/";

    public static IReadOnlyList<OutputFile> Load(string inputFolder)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd('/', '\\'));
        var folder = repository is null ? null : Path.Combine(repository, "schemas");
        var content = folder is null || !Directory.Exists(folder)
            ? Embedded.Value.Where(f => !f.Path.StartsWith(OutputFolder + "data/", StringComparison.Ordinal))
            : Directory.EnumerateFiles(folder, "*.schema.json")
                .Order(StringComparer.Ordinal)
                .Select(f => new OutputFile(OutputFolder + Path.GetFileName(f), File.ReadAllBytes(f)));
        return content.Concat(Embedded.Value.Where(f => f.Path.StartsWith(OutputFolder + "data/", StringComparison.Ordinal))).ToList();
    }

    /// <summary>schemas/*.schema.json and schemas/data/*.schema.json as embedded in the assembly (Explainer.csproj), read once.</summary>
    private static readonly Lazy<IReadOnlyList<OutputFile>> Embedded = new(() =>
    {
        var assembly = typeof(SchemaFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(OutputFolder, StringComparison.Ordinal))
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
