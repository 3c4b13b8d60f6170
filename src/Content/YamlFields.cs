using Explainer.Diagnostics;
using Explainer.Model;
using YamlDotNet.Core;

namespace Explainer.Content;

/// <summary>Reads typed fields from one YAML mapping, collecting a located diagnostic for every missing, mistyped or unknown field.</summary>
public sealed class YamlFields
{
    private readonly YamlMap _map;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _what;
    private readonly FrontMatter? _source;

    /// <param name="what">What the mapping describes ("entry", "source", …), for messages.</param>
    /// <param name="source">The front matter the mapping was read from, for <see cref="OriginOf"/>.</param>
    public YamlFields(YamlMap map, string path, int firstLine, List<Diagnostic> diagnostics, string what, FrontMatter? source = null)
    {
        _map = map;
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _what = what;
        _source = source;
    }

    public SourceLocation Location => At(_map);

    public SourceLocation At(YamlValue value) => YamlPosition.Of(value, _path, _firstLine);

    /// <summary>Where a key's value is written, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        _map.Find(key) is { } value ? At(value) : Location;

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>
    /// Where the text of <paramref name="key"/>'s value starts, read as <see cref="String"/> reads it (trimmed): after a quote; for a
    /// block value (<c>|</c>, <c>&gt;</c>), on its first line that is not blank, at its indentation. Escapes in quoted text and the
    /// folding of lines shift later positions a little; one-line values and literal blocks map exactly.
    /// </summary>
    public TextOrigin OriginOf(string key)
    {
        if (_map.Find(key) is not YamlText value) return new TextOrigin(Location.Line, Location.Column, Location.Column - 1);
        var line = value.Line + _firstLine - 1;
        var leading = value.Value is { } text ? text.Length - text.TrimStart().Length : 0;
        switch (value.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return new TextOrigin(line, value.Column + 1 + leading, value.Column);
            case ScalarStyle.Literal or ScalarStyle.Folded when _source is not null:
                var lines = _source.Yaml.Split('\n');
                // value.Line is 1-based, so lines[value.Line] is the line after the block's indicator.
                for (var i = value.Line; i < lines.Length; i++)
                {
                    var written = lines[i].TrimEnd('\r');
                    if (written.Trim().Length == 0) continue;
                    var indent = written.Length - written.TrimStart(' ').Length;
                    return new TextOrigin(i + _firstLine, indent + 1, indent);
                }
                break;
        }
        return new TextOrigin(line, value.Column + leading, value.Column - 1);
    }

    /// <summary>Reports every key that is not in <paramref name="known"/>, with the closest known key as a suggestion.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in _map.Pairs)
        {
            var name = (key as YamlText)?.Value ?? "";
            if (known.Contains(name)) continue;
            _diagnostics.Add(name == "<<"
                ? Diagnostic.Error(DiagnosticCodes.UnknownKey, At(key), $"'<<' (YAML's merge key) is not read in {_what}: its fields are not taken over",
                    "write the fields out in full instead of merging them in with '<<: *name'")
                : Diagnostic.Error(DiagnosticCodes.UnknownKey, At(key), $"unknown field '{name}' in {_what}", Suggestions.DidYouMean(name, known)));
        }
    }

    public string? String(string key, bool required, string example)
    {
        var node = Find(key, required, example);
        if (node is null) return null;
        if (node is YamlText scalar)
        {
            if (!IsNull(scalar)) return Checked(key, scalar, scalar.Value!.Trim());
            if (required) Missing(key, node, example);
            return null;
        }
        WrongType(key, node, "text", example);
        return null;
    }

    /// <summary>A one-line title (headline, name, question): text no longer than <see cref="InputLimits.MaxHeadlineLength"/>.</summary>
    public string? Headline(string key, bool required, string example)
    {
        var text = String(key, required, example);
        return text is null || FitsHeadline(text, LocationOf(key), $"'{key}'", "shorten it to one line; the details belong in the summary and the body") ? text : null;
    }

    /// <summary>True when <paramref name="text"/> is no longer than a headline may be; otherwise reports it, at <paramref name="at"/>.</summary>
    private bool FitsHeadline(string text, SourceLocation at, string what, string hint)
    {
        if (text.Length <= InputLimits.MaxHeadlineLength) return true;
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLong, at,
            $"{what} is {text.Length:N0} characters long; the limit is {InputLimits.MaxHeadlineLength}", hint));
        return false;
    }

    /// <summary>An EDTF date (<see cref="EdtfDate"/>); a bad one is reported at the character where the problem starts.</summary>
    public EdtfDate? Date(string key, bool required, string example)
    {
        var text = String(key, required, example);
        if (text is null) return null;
        var node = (YamlText)_map.Find(key)!;
        var (date, problem) = EdtfDate.Parse(node.Value!);
        if (problem is not null)
        {
            var at = At(node);
            // Inside quotes the text starts one column later; in block scalars the position is not worth guessing.
            var shift = node.Style switch
            {
                ScalarStyle.Plain => problem.Index,
                ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => problem.Index + 1,
                _ => 0,
            };
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, at with { Column = at.Column + shift },
                $"'{key}' is not a valid date: {problem.Message}", DateHint));
        }
        return date;
    }

    /// <summary>The hint every date error ends with: the forms that are accepted.</summary>
    public const string DateHint =
        "use an EDTF date: 2026-07-10, 2026-07 or 2026; add ? (uncertain), ~ (about) or % (both), e.g. 2026-03?; "
        + "an interval 2025-09/2026-03; ../2026-07-04 for \"by 4 July 2026\", 2026-07-10/.. for \"from 10 July 2026\"";

    /// <summary>A list of plain values, each with its own location.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> StringList(string key, bool required, string example)
    {
        var node = Find(key, required, example);
        if (node is null) return [];
        if (node is not YamlList sequence)
        {
            WrongType(key, node, "a list", example);
            return [];
        }
        if (required && sequence.Items.Count == 0) Missing(key, node, example);

        var values = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlText scalar && !IsNull(scalar))
            {
                if (Checked(key, scalar, scalar.Value!.Trim()) is { } value) values.Add((value, At(item)));
            }
            else
                WrongType(key, item, "a list of plain values", example);
        }
        return values;
    }

    /// <summary>A mapping of names to one-line texts (site.yml's <c>tag_names:</c>), each pair with its key's location.</summary>
    public IReadOnlyList<(string Key, string Value, SourceLocation Location)> TextMapping(string key, string example)
    {
        var node = Find(key, false, example);
        if (node is null) return [];
        if (node is not YamlMap mapping)
        {
            WrongType(key, node, "a set of 'name: text' lines", example);
            return [];
        }
        var pairs = new List<(string, string, SourceLocation)>();
        foreach (var (name, value) in mapping.Pairs)
        {
            if (name is not YamlText { Value: { } text } || value is not YamlText scalar || IsNull(scalar))
            {
                WrongType(key, value, "a set of 'name: text' lines", example);
                continue;
            }
            if (Checked(key, scalar, scalar.Value!.Trim()) is { } checkedValue && FitsHeadline(checkedValue, At(scalar), $"the name of '{text}'", "shorten it"))
                pairs.Add((text.Trim(), checkedValue, At(name)));
        }
        return pairs;
    }

    /// <summary>A list of mappings (sources, FAQ items), each read by its own <see cref="YamlFields"/>.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key, bool required, string what, string example)
    {
        var node = Find(key, required, example);
        if (node is null) return [];
        if (node is not YamlList sequence)
        {
            WrongType(key, node, $"a list of {what}s", example);
            return [];
        }
        if (required && sequence.Items.Count == 0) Missing(key, node, example);

        var items = new List<YamlFields>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMap mapping)
                items.Add(new YamlFields(mapping, _path, _firstLine, _diagnostics, what, _source));
            else
                WrongType(key, item, $"a list of {what}s, each with its own fields", example);
        }
        return items;
    }

    /// <summary>YAML's null (<c>~</c>, <c>null</c>, nothing) written plainly, or blank text: never a value ("~" is not a headline).</summary>
    private static bool IsNull(YamlText scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value) || Invisible(scalar.Value)
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>Only blank space and invisible formatting characters (zero-width space U+200B, BOM U+FEFF, soft hyphen U+00AD, …):
    /// such a headline or source title publishes as nothing. Stops at the first visible character, which is usually the first.</summary>
    private static bool Invisible(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format) return false;
        }
        return true;
    }

    /// <summary>The value, or null with an error when it is longer than the limit or carries a character feeds cannot hold
    /// (written as an escape such as "\x01"; raw ones are refused when the file is read).</summary>
    private string? Checked(string key, YamlText node, string value)
    {
        var forbidden = XmlCharacters.FindForbidden(value);
        if (forbidden >= 0)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ForbiddenCharacter, At(node),
                $"'{key}' contains the control character {XmlCharacters.Name(value[forbidden])}, which web pages and feeds cannot carry",
                "delete the character, or the escape sequence (such as \\x01) that produces it"));
            return null;
        }
        if (value.Length > InputLimits.MaxFieldLength)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLong, At(node),
                $"'{key}' is {value.Length:N0} characters long; the limit is {InputLimits.MaxFieldLength:N0}",
                "keep front matter short; longer text belongs in the body below the front matter"));
            return null;
        }
        return value;
    }

    private YamlValue? Find(string key, bool required, string example)
    {
        if (_map.Find(key) is { } value) return value;
        if (required)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, Location,
                $"{_what} is missing the required field '{key}'", $"add a line such as: {example}"));
        }
        return null;
    }

    private void Missing(string key, YamlValue node, string example) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, At(node),
            node is YamlText { Value: { } text } && !string.IsNullOrWhiteSpace(text) && Invisible(text)
                ? $"'{key}' is empty: it holds only invisible characters (such as a zero-width space)"
                : $"'{key}' is empty",
            $"give it a value, e.g. {example}"));

    private void WrongType(string key, YamlValue node, string expected, string example) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, At(node),
            $"'{key}' must be {expected}", $"write it as: {example}"));
}
