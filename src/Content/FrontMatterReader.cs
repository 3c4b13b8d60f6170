using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>Splits a Markdown file and parses its front matter into fields, or returns the one error that stops reading it.</summary>
public static class FrontMatterReader
{
    /// <param name="what">What the file describes ("the entry", "the party"), for messages.</param>
    public static (FrontMatter? FrontMatter, YamlFields? Fields, Diagnostic? Error) Read(InputFile file, List<Diagnostic> diagnostics, string what)
    {
        var (frontMatter, splitError) = FrontMatterSplitter.Split(file);
        if (frontMatter is null) return (null, null, splitError);

        var (root, yamlError) = YamlLoader.LoadMapping(frontMatter.Text, frontMatter.YamlStart, frontMatter.YamlLength, file.DisplayPath, frontMatter.YamlFirstLine);
        if (root is null) return (frontMatter, null, yamlError);

        return (frontMatter, new YamlFields(root, file.DisplayPath, frontMatter.YamlFirstLine, diagnostics, what, frontMatter), null);
    }
}
