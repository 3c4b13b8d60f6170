using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>Reads the input folder: <c>site.yml</c>, <c>entries/**/*.md</c>, <c>parties/*.md</c> and <c>static/**</c>. The only stage that reads content from disk.</summary>
public sealed class InputLoader
{
    private readonly string _root;
    private readonly string _realRoot;
    private readonly Dictionary<string, bool> _linkVerdicts = new(StringComparer.Ordinal);

    public InputLoader(string inputFolder)
    {
        _root = Path.GetFullPath(inputFolder).TrimEnd('/');
        _realRoot = RealPath(_root);
    }

    public (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<InputFile>();
        var parties = new List<InputFile>();
        var statics = new List<StaticFile>();
        InputFile? settings = null;

        foreach (var fullPath in EnumerateFiles())
        {
            var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
            var display = PathDisplay.For(fullPath);

            if (!StaysInsideInput(fullPath))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathEscapesInput, new SourceLocation(display),
                    "this file is a link to a file outside the input folder",
                    "copy the file into input/ instead of linking to it"));
                continue;
            }

            switch (Classify(relative))
            {
                case FileKind.SiteSettings:
                    settings = ReadText(fullPath, display, relative, diagnostics);
                    break;
                case FileKind.Entry:
                    Add(entries, ReadText(fullPath, display, relative, diagnostics));
                    break;
                case FileKind.Party:
                    Add(parties, ReadText(fullPath, display, relative, diagnostics));
                    break;
                case FileKind.Static:
                    statics.Add(new StaticFile(relative["static/".Length..], File.ReadAllBytes(fullPath)));
                    break;
                case FileKind.Ignored:
                    break;
                default:
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnexpectedFile, new SourceLocation(display),
                        "this file is not part of the site and was skipped",
                        "entries go in input/entries/ as .md files, parties in input/parties/, files to copy as they are in input/static/"));
                    break;
            }
        }

        var input = new InputSet(settings, Sorted(entries), Sorted(parties),
            statics.OrderBy(s => s.OutputPath, StringComparer.Ordinal).ToList());
        return (input, diagnostics);
    }

    private enum FileKind { SiteSettings, Entry, Party, Static, Ignored, Unexpected }

    private static FileKind Classify(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        if (name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)) return FileKind.Ignored;
        if (relative == "site.yml") return FileKind.SiteSettings;
        if (relative.StartsWith("static/", StringComparison.Ordinal)) return FileKind.Static;
        if (relative.StartsWith("entries/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal)) return FileKind.Entry;
        if (relative.StartsWith("parties/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal)
            && relative.IndexOf('/', "parties/".Length) < 0) return FileKind.Party;
        return FileKind.Unexpected;
    }

    private IEnumerable<string> EnumerateFiles()
    {
        if (!Directory.Exists(_root)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(_root, "*", options).Order(StringComparer.Ordinal);
    }

    /// <summary>A symbolic link (the file, or any folder between input/ and it) may point outside input/; such content is refused.</summary>
    private bool StaysInsideInput(string fullPath)
    {
        for (var path = fullPath; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
        {
            if (!_linkVerdicts.TryGetValue(path, out var inside))
            {
                inside = LinkStaysInside(path);
                _linkVerdicts[path] = inside;
            }
            if (!inside) return false;
        }
        return true;
    }

    private bool LinkStaysInside(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is null) return true;
        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is not null && (IsUnder(target, _root) || IsUnder(target, _realRoot));
    }

    private static bool IsUnder(string path, string root) => path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>The root with any symbolic link in it resolved, so links written against the real path are recognised too.</summary>
    private static string RealPath(string path)
    {
        var info = new DirectoryInfo(path);
        return info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }

    private static InputFile? ReadText(string fullPath, string display, string relative, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(display),
                $"the file could not be read: {e.Message}", "check the file's permissions"));
            return null;
        }

        var (text, invalidLine) = StrictUtf8.Decode(bytes);
        if (text is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(display, invalidLine, 1),
                "the file is not valid UTF-8",
                "save the file as UTF-8 (most editors: \"Save with encoding\" → UTF-8)"));
            return null;
        }
        return new InputFile(display, relative, text);
    }

    private static void Add(List<InputFile> list, InputFile? file)
    {
        if (file is not null) list.Add(file);
    }

    private static List<InputFile> Sorted(List<InputFile> files) =>
        files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
}
