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
        if (FieldAfterEnd(frontMatter, root, file.DisplayPath) is { } stray) diagnostics.Add(stray);

        return (frontMatter, new YamlFields(root, file.DisplayPath, frontMatter.YamlFirstLine, diagnostics, what, frontMatter), null);
    }

    private static readonly HashSet<string> AnyField = [.. FieldNames.Entry, .. FieldNames.Party, .. FieldNames.Page];

    /// <summary>
    /// A stray '---' in the middle of the front matter ends it there, and the fields below it are published as the body's text; the
    /// missing fields' errors then point at the top of the file. When the body's first line is a field the front matter does not
    /// have, the '---' above it is named.
    /// </summary>
    private static Diagnostic? FieldAfterEnd(FrontMatter frontMatter, YamlMap root, string displayPath)
    {
        var body = frontMatter.Body.AsSpan().TrimStart("\n");
        var first = body[..(body.IndexOf('\n') is var end and >= 0 ? end : body.Length)];
        var colon = first.IndexOf(':');
        if (colon <= 0 || (colon + 1 < first.Length && first[colon + 1] != ' ')) return null;
        var key = first[..colon].ToString();
        if (!AnyField.Contains(key) || root.Find(key) is not null) return null;
        return Diagnostic.Warning(DiagnosticCodes.FieldAfterFrontMatter, new SourceLocation(displayPath, frontMatter.BodyFirstLine - 1, 1),
            $"the front matter ends at this '---', but the text after it starts with the field '{key}:', which is published as text",
            "if this '---' is a stray line, delete it so that the fields below it are read; the front matter ends at the second '---'");
    }
}
