using System.IO.Enumeration;
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

    public (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) Load() => Load(null);

    /// <summary>
    /// The same, taking files whose size and modification time are unchanged from <paramref name="cache"/> instead of reading them again
    /// (preview's rebuilds). The folder is still listed every time, so added, removed and renamed files are always seen.
    /// </summary>
    public (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) Load(InputLoadCache? cache)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<InputFile>();
        var parties = new List<InputFile>();
        var statics = new List<StaticFile>();
        InputFile? settings = null;

        var listed = EnumerateFiles();
        foreach (var (fullPath, stamp) in listed)
        {
            var file = cache?.Find(fullPath, stamp) ?? LoadFile(fullPath);
            cache?.Remember(fullPath, stamp, file);
            diagnostics.AddRange(file.Diagnostics);
            switch (file.Kind)
            {
                case FileKind.SiteSettings: settings = file.Text; break;
                case FileKind.Entry: Add(entries, file.Text); break;
                case FileKind.Party: Add(parties, file.Text); break;
                case FileKind.Static: statics.Add(file.Static!); break;
            }
        }
        cache?.Forget(listed.Select(f => f.FullPath));

        var input = new InputSet(settings, Sorted(entries), Sorted(parties),
            statics.OrderBy(s => s.OutputPath, StringComparer.Ordinal).ToList());
        return (input, diagnostics);
    }

    private LoadedFile LoadFile(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var display = PathDisplay.For(fullPath);
        var diagnostics = new List<Diagnostic>();

        if (!StaysInsideInput(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathEscapesInput, new SourceLocation(display),
                "this file is a link to a file outside the input folder",
                "copy the file into input/ instead of linking to it"));
            return new LoadedFile(FileKind.Ignored, null, null, diagnostics);
        }

        var kind = Classify(relative);
        switch (kind)
        {
            case FileKind.SiteSettings or FileKind.Entry or FileKind.Party:
                return new LoadedFile(kind, ReadText(fullPath, display, relative, diagnostics), null, diagnostics);
            case FileKind.Static:
                return new LoadedFile(kind, null, new StaticFile(relative["static/".Length..], File.ReadAllBytes(fullPath)), diagnostics);
            case FileKind.Unexpected:
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnexpectedFile, new SourceLocation(display),
                    "this file is not part of the site and was skipped",
                    "entries go in input/entries/ as .md files, parties in input/parties/, files to copy as they are in input/static/"));
                break;
        }
        return new LoadedFile(kind, null, null, diagnostics);
    }


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

    private List<(string FullPath, FileStamp Stamp)> EnumerateFiles()
    {
        if (!Directory.Exists(_root)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new FileSystemEnumerable<(string, FileStamp)>(_root,
            (ref FileSystemEntry e) => (e.ToFullPath(), new FileStamp(e.Length, e.LastWriteTimeUtc.UtcTicks)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
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
            if (new FileInfo(fullPath).Length > InputLimits.MaxTextFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLarge, new SourceLocation(display, 1, 1),
                    $"the file is larger than {InputLimits.MaxTextFileBytes / 1024} KB, the limit for one entry, party or site.yml",
                    "split it into several entries, or move large material to a source it cites"));
                return null;
            }
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
        var forbidden = XmlCharacters.FindForbidden(text);
        if (forbidden >= 0)
        {
            var line = text.AsSpan(0, forbidden).Count('\n') + 1;
            var column = forbidden - (text.LastIndexOf('\n', forbidden) + 1) + 1;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ForbiddenCharacter, new SourceLocation(display, line, column),
                $"the file contains the control character {XmlCharacters.Name(text[forbidden])}, which web pages and feeds cannot carry",
                "delete it (it is invisible in most editors; it often comes from copying text out of a PDF or a terminal)"));
            // The file is still parsed, so its other problems are reported too and links to it are not called broken.
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
