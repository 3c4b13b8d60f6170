using Explainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Content;

/// <summary>Parses YAML text into a mapping node, reporting syntax errors at their line in the original file.</summary>
public static class YamlLoader
{
    /// <param name="firstLine">The file line the YAML text starts on, so positions point into the file rather than the fragment.</param>
    public static (YamlMap? Root, Diagnostic? Error) LoadMapping(string yaml, string displayPath, int firstLine) =>
        LoadMapping(yaml, 0, yaml.Length, displayPath, firstLine);

    /// <summary>The same, of the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static (YamlMap? Root, Diagnostic? Error) LoadMapping(string text, int start, int length, string displayPath, int firstLine)
    {
        // Common front matter becomes the tree as it is read; a key given twice (no tree) is left to the full parser below, which
        // reports it as it always has.
        if (CommonYamlParser.TryRead(text, start, length) is { } tree) return Root(tree, displayPath, firstLine);
        var stream = new YamlStream();
        // Uncommon YAML (or none of the common shape): YamlDotNet reads a string of its own.
        var yaml = start == 0 && length == text.Length ? text : text.Substring(start, length);
        var parser = new GuardedYamlParser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
        {
            // YamlDotNet's node loader throws ArgumentException (instead of a YamlException) for an event it does not expect where
            // it is, e.g. a key with no name in a list item ("- : 2026-07-04" under a key that lost its colon). Contributed text is
            // untrusted: any other exception from the library on some input is that input's error too, never a crash.
            var at = parser.Previous;
            return (null, Diagnostic.Error(DiagnosticCodes.YamlSyntax,
                new SourceLocation(displayPath, (int)Math.Max(at.Line, 1) + firstLine - 1, (int)Math.Max(at.Column, 1)),
                "the YAML is not valid: a key, list item or value is out of place here",
                "check indentation and that every 'key:' has a name and a colon; a value containing ': ' needs \"double quotes\""));
        }
        catch (YamlException e)
        {
            // YAML forbids tabs in indentation, and the parser's error then points elsewhere (often line 2); name the tab instead.
            var tab = TabIndentation(yaml);
            if (tab is var (tabLine, tabColumn))
            {
                return (null, Diagnostic.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, tabLine + firstLine - 1, tabColumn),
                    "this line is indented with a tab, which YAML does not allow",
                    "indent with spaces instead (two per level); many editors can turn tabs into spaces, e.g. VS Code's \"Convert Indentation to Spaces\""));
            }
            var line = (int)Math.Max(e.Start.Line, 1) + firstLine - 1;
            var at = new SourceLocation(displayPath, line, (int)Math.Max(e.Start.Column, 1));
            var description = Describe(e);
            if (YamlErrorAdvice.For(yaml, (int)e.Start.Line, description) is var (advice, fix))
                return (null, Diagnostic.Error(DiagnosticCodes.YamlSyntax, at, advice, fix));
            return (null, Diagnostic.Error(DiagnosticCodes.YamlSyntax, at,
                $"the YAML is not valid: {description}",
                "check indentation and quoting; a value containing ': ' or starting with a quote, '[' or '{' needs \"double quotes\""));
        }

        if (stream.Documents.Count == 0) return Root(null, displayPath, firstLine);
        // The loader shares an anchored node among its aliases; copying it into our tree copies it once per alias.
        var document = stream.Documents[0].RootNode;
        if (parser.FirstAlias is { } alias && parser.ExpandedValues > InputLimits.MaxYamlValues)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.TooLong,
                new SourceLocation(displayPath, (int)Math.Max(alias.Line, 1) + firstLine - 1, (int)Math.Max(alias.Column, 1)),
                $"the front matter's aliases ('*name', repeating what '&name' marks) expand it to more than {InputLimits.MaxYamlValues:N0} values",
                "write the values out instead of repeating them with aliases; an entry needs only a few dozen"));
        }
        return Root(YamlTree.FromNode(document), displayPath, firstLine);
    }

    /// <summary>The loaded document's root mapping, or why there is none.</summary>
    private static (YamlMap? Root, Diagnostic? Error) Root(YamlValue? root, string displayPath, int firstLine)
    {
        if (root is null or YamlText { Value: null or "" })
        {
            return (null, Diagnostic.Error(DiagnosticCodes.MissingField, new SourceLocation(displayPath, firstLine, 1),
                "the front matter is empty", "add the required fields, e.g. 'event:', 'date:', 'parties:', 'summary:' and 'sources:'"));
        }

        if (root is not YamlMap map)
        {
            return (null, Diagnostic.Error(DiagnosticCodes.WrongType, YamlPosition.Of(root, displayPath, firstLine),
                "the front matter must be a set of 'key: value' lines", "write one field per line, as 'name: value'"));
        }

        return (map, null);
    }

    /// <summary>The 1-based line and column of the first tab in a line's leading whitespace, if any.</summary>
    private static (int Line, int Column)? TabIndentation(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with the position, which our location already says.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (close >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message[(close + 3)..] : message).TrimEnd('.');
    }
}

/// <summary>Maps YAML node positions (relative to the front matter) to file locations.</summary>
public static class YamlPosition
{
    public static SourceLocation Of(YamlValue value, string displayPath, int firstLine) =>
        new(displayPath, value.Line + firstLine - 1, value.Column);
}
