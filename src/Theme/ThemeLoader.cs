using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Theme;

/// <summary>Reads the theme folder: every <c>*.liquid</c> file as a template and everything under <c>assets/</c> as files to copy.</summary>
public static class ThemeLoader
{
    public static (ThemeFiles? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string themeFolder)
    {
        var root = Path.GetFullPath(themeFolder);
        if (!Directory.Exists(root))
        {
            return (null, [Diagnostic.Error(DiagnosticCodes.TemplateMissing, new SourceLocation(PathDisplay.For(root)),
                "the theme folder does not exist", "pass --theme with the folder that holds layouts/, pages/ and assets/")]);
        }

        var diagnostics = new List<Diagnostic>();
        var templates = new SortedDictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        var assets = new List<StaticFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true };

        foreach (var path in Directory.EnumerateFiles(root, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("node_modules/", StringComparison.Ordinal)) continue;
            if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new StaticFile(relative, File.ReadAllBytes(path), Content.PathDisplay.For(path)));
            }
            else if (relative.EndsWith(".liquid", StringComparison.Ordinal))
            {
                var (text, invalidLine) = StrictUtf8.Decode(File.ReadAllBytes(path));
                var display = PathDisplay.For(path);
                if (text is null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(display, invalidLine, 1),
                        "the template is not valid UTF-8", "save the file as UTF-8"));
                    continue;
                }
                var name = relative[..^".liquid".Length];
                templates[name] = new ThemeTemplate(name, display, text);
            }
        }
        return (new ThemeFiles(templates, assets, PathDisplay.For(root)), diagnostics);
    }
}
