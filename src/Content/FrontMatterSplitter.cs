using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>Splits a Markdown file into its YAML front matter and its body, or reports why it cannot.</summary>
public static class FrontMatterSplitter
{
    public static (FrontMatter? FrontMatter, Diagnostic? Error) Split(InputFile file)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return (null, Diagnostic.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file.DisplayPath, 1, 1),
                "the file does not start with YAML front matter",
                "begin the file with a line '---', the fields (event, date, …), then another '---' line"));
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (new FrontMatter(yaml, 2, body, i + 2), null);
            }
        }

        return (null, Diagnostic.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file.DisplayPath, 1, 1),
            "the front matter is never closed",
            "add a line '---' after the last front matter field"));
    }
}
