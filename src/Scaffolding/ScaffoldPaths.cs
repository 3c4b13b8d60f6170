namespace Explainer.Scaffolding;

/// <summary>Where <c>new</c> puts files, and the relative path from a file to the repository's schemas/ (next to input/) for the editor.</summary>
public static class ScaffoldPaths
{
    public static string Entry(string inputFolder, int year, string slug) =>
        Path.Combine(inputFolder, "entries", year.ToString(System.Globalization.CultureInfo.InvariantCulture), slug + ".md");

    public static string Party(string inputFolder, string id) => Path.Combine(inputFolder, "parties", id + ".md");

    /// <summary>e.g. ../../../schemas/entry.schema.json from input/entries/2026/x.md; yaml-language-server resolves it against the file.</summary>
    public static string SchemaReference(string inputFolder, string file, string schemaFile)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(inputFolder).TrimEnd('/', '\\')) ?? ".";
        var schema = Path.Combine(repository, "schemas", schemaFile);
        return Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, schema).Replace('\\', '/');
    }
}
