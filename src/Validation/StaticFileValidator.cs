using System.Text;
using System.Xml;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;

namespace Explainer.Validation;

/// <summary>
/// Holds files in input/static/ to the rules content obeys: HTML, SVG and XML may carry no script (located errors, the same
/// sanitizer as raw HTML in Markdown), and no static path may take the place of a generated file or folder.
/// </summary>
public static class StaticFileValidator
{
    /// <summary>Folders the build or its tools write into even when the planner lists no page there.</summary>
    public static readonly IReadOnlyList<string> ReservedFolders = ["assets", "data", "pagefind", "schemas"];

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".xht", ".shtml"];
    private static readonly string[] XhtmlExtensions = [".xhtml", ".xht"];
    private static readonly string[] XmlExtensions = [".svg", ".xml", ".xsl", ".xslt", ".rss", ".atom", ".rdf", ".xsd", ".mml", ".kml", ".gpx", ".xul", ".opml"];
    private static readonly string[] ScriptElements = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"];
    private static readonly string[] AnimationElements = ["animate", "set", "animatetransform", "animatemotion"];

    /// <summary>Whether a static file is an HTML page: checked as one here, and the search scope reads everything when there is one.</summary>
    public static bool IsHtmlPage(string outputPath) => HtmlExtensions.Contains(Path.GetExtension(outputPath).ToLowerInvariant());

    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyList<StaticFile> statics, IEnumerable<string> generatedFiles)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(Collisions(statics, generatedFiles));
        foreach (var file in statics) diagnostics.AddRange(UnsafeContent(file));
        return diagnostics;
    }

    /// <summary>A static file that is, or sits inside, a generated file or folder; or a file named like a generated folder.</summary>
    public static IEnumerable<Diagnostic> Collisions(IReadOnlyList<StaticFile> statics, IEnumerable<string> generatedFiles)
    {
        // Most sites have no static files; the others have a few, against ~20,000 generated files at 10,000 entries.
        if (statics.Count == 0) yield break;
        var files = generatedFiles.ToHashSet(StringComparer.Ordinal);
        // Only folders a static path can clash with are collected: the static paths and the folders above them, looked up
        // by span so the generated files' ancestors are not made into strings.
        var candidates = statics.SelectMany(s => Ancestors(s.OutputPath).Prepend(s.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var candidate = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var folders = new HashSet<string>(ReservedFolders, StringComparer.Ordinal);
        foreach (var generated in files)
        {
            for (var slash = generated.LastIndexOf('/'); slash > 0; slash = generated.LastIndexOf('/', slash - 1))
            {
                if (candidate.TryGetValue(generated.AsSpan(0, slash), out var folder)) folders.Add(folder);
            }
        }
        foreach (var file in statics.OrderBy(s => s.OutputPath, StringComparer.Ordinal))
        {
            var path = file.OutputPath;
            var clash = files.Contains(path) ? $"the generated file '{path}'"
                : folders.Contains(path) ? $"the generated folder '{path}/'"
                : Ancestors(path).FirstOrDefault(a => files.Contains(a)) is { } shadowedFile ? $"the generated file '{shadowedFile}'"
                : Ancestors(path).FirstOrDefault(folders.Contains) is { } shadowedFolder ? $"the generated folder '{shadowedFolder}/'"
                : null;
            if (clash is null) continue;
            yield return Diagnostic.Error(DiagnosticCodes.StaticCollision, new SourceLocation(file.DisplayPath, 1, 1),
                $"this static file would take the place of {clash}",
                $"move it to a folder of its own, e.g. static/files/; the site's pages, feeds and {string.Join("/, ", ReservedFolders)}/ belong to the build");
        }
    }

    /// <summary>Every folder above a path: "entries/x/index.html" → "entries/x", "entries".</summary>
    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }

    private static IEnumerable<Diagnostic> UnsafeContent(StaticFile file)
    {
        // XHTML is served as XML, and a browser then runs <h:script> from the XHTML namespace, which an HTML parser reads as an
        // unknown element: it is checked as XML, where elements are known by their local names.
        var extension = Path.GetExtension(file.OutputPath).ToLowerInvariant();
        if (XhtmlExtensions.Contains(extension) || XmlExtensions.Contains(extension)) return UnsafeXml(file);
        if (HtmlExtensions.Contains(extension)) return UnsafeHtml(file);
        // Hosts name a file's type by its extension from long lists, and browsers show any XML type (…+xml) as a document that
        // can hold XHTML's <script>: no list of extensions is complete, so a file that begins as a page or an XML document is
        // checked as one whatever its name.
        return StartsAs(file.Bytes) switch
        {
            Markup.Html => UnsafeHtml(file),
            Markup.Xml => UnsafeXml(file),
            _ => [],
        };
    }

    private enum Markup { None, Html, Xml }

    /// <summary>What the bytes begin as (after a byte-order mark and blank space): an HTML page, an XML document, or neither.</summary>
    private static Markup StartsAs(byte[] bytes)
    {
        var start = bytes.AsSpan();
        if (start.StartsWith("\uFEFF"u8)) start = start[3..];
        start = start.TrimStart(" \t\r\n"u8);
        if (start.IsEmpty || start[0] != (byte)'<') return Markup.None;
        var head = Encoding.ASCII.GetString(start[..Math.Min(start.Length, 16)]).ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)) return Markup.Html;
        return head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<svg", StringComparison.Ordinal) ? Markup.Xml : Markup.None;
    }

    private static IEnumerable<Diagnostic> UnsafeHtml(StaticFile file)
    {
        var text = Encoding.UTF8.GetString(file.Bytes);
        return HtmlSafety.Findings(text, forWholePage: true)
            .DistinctBy(f => f.Problem)
            .Select(f => Diagnostic.Error(DiagnosticCodes.UnsafeStaticFile, Locate(file.DisplayPath, text, f.Needle),
                $"this page carries {f.Problem}, which raw HTML in an entry may not carry either",
                "static pages obey the raw-HTML rules of entries: no scripts, event handlers, inline styles or forms"));
    }

    private static IEnumerable<Diagnostic> UnsafeXml(StaticFile file)
    {
        var problems = new List<Diagnostic>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Bytes), settings);
            var lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                var at = new SourceLocation(file.DisplayPath, Math.Max(lines.LineNumber, 1), Math.Max(lines.LinePosition, 1));
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                    problems.Add(Unsafe(at, "an xml-stylesheet instruction (a stylesheet can run script)"));
                if (reader.NodeType != XmlNodeType.Element) continue;

                var element = reader.LocalName.ToLowerInvariant();
                if (ScriptElements.Contains(element)) problems.Add(Unsafe(at, $"the <{reader.LocalName}> element"));
                var animatesLink = AnimationElements.Contains(element);
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var name = reader.LocalName.ToLowerInvariant();
                    var value = reader.Value;
                    if (name.StartsWith("on", StringComparison.Ordinal))
                        problems.Add(Unsafe(at, $"the event handler {reader.Name}"));
                    else if (UnsafeUrl(value))
                        problems.Add(Unsafe(at, $"the address {reader.Name}=\"{Shorten(value)}\""));
                    else if (animatesLink && name == "attributename" && (value.Contains("href", StringComparison.OrdinalIgnoreCase) || value.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                        problems.Add(Unsafe(at, $"an animation of '{value}' (it can turn a link into script)"));
                }
                reader.MoveToElement();
            }
        }
        catch (XmlException e)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.UnsafeStaticFile, new SourceLocation(file.DisplayPath, Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1)),
                $"this file is not well-formed XML: {e.Message}", "fix the markup; SVG and XML files are checked for script before they are published"));
        }
        return problems;
    }

    /// <summary>A script-capable scheme (javascript:, vbscript:, or data: other than an image), ignoring what browsers ignore.</summary>
    private static bool UnsafeUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || (compact.StartsWith("data:", StringComparison.Ordinal) && !compact.StartsWith("data:image/", StringComparison.Ordinal))
            || compact.StartsWith("data:image/svg", StringComparison.Ordinal);
    }

    private static Diagnostic Unsafe(SourceLocation at, string what) =>
        Diagnostic.Error(DiagnosticCodes.UnsafeStaticFile, at, $"this file carries {what}, which could run script on the site",
            "remove it; static files obey the same rule as entries: no script is ever published");

    /// <summary>Where <paramref name="needle"/> is first written (case-insensitive), or line 1 when it cannot be found.</summary>
    private static SourceLocation Locate(string path, string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        if (index < 0) return new SourceLocation(path, 1, 1);
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return new SourceLocation(path, line, index - (text.LastIndexOf('\n', index) + 1) + 1);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
