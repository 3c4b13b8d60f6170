using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Content;

/// <summary>
/// Reads the shape nearly every front matter has (one key per line; plain, quoted and <c>[a, b]</c> values on one line; nested
/// mappings and lists of them by indentation) into exactly the events YamlDotNet's parser gives for it, positions included,
/// several times faster: YamlDotNet's scanner was most of a 10,000-entry build's parse stage (~35 µs and 41 KB per entry).
/// Anything else (comments, anchors, tags, block or multi-line scalars, escapes other than \" \\ \/, tabs, odd characters or
/// indentation) returns null, and the caller hands the text to YamlDotNet, which reads it or reports its error as before.
/// The build reads straight into the tree (<see cref="TryRead"/>); the events (<see cref="TryParse"/>) are for
/// <c>tests/…/Unit/CommonYamlParserTests.cs</c>, which compares them with YamlDotNet's event by event, and the tree with YamlDotNet's
/// node model, on generated and mutated front matter.
/// </summary>
public static class CommonYamlParser
{
    /// <summary>The events of <paramref name="yaml"/>, or null when it is not of the common shape.</summary>
    public static List<ParsingEvent>? TryParse(string yaml) => TryParse(yaml, 0, yaml.Length);

    /// <summary>The same, of the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>
    /// (a file's front matter, read where it lies instead of copied out: positions count from <paramref name="start"/>).</summary>
    public static List<ParsingEvent>? TryParse(string text, int start, int length)
    {
        var events = new EventOutput();
        return Read(text, start, length, events) ? events.Events : null;
    }

    /// <summary>
    /// The tree <see cref="YamlFields"/> reads, built as the text is read (the build's way: no event objects in between), or null
    /// when the text is not of the common shape or a mapping gives a key twice (YamlDotNet then reports it).
    /// </summary>
    public static YamlValue? TryRead(string text, int start, int length)
    {
        var tree = new YamlTree.Builder();
        return Read(text, start, length, tree) ? tree.Root : null;
    }

    private static bool Read(string text, int start, int length, Output output) =>
        length > 0 && OnlyCommonCharacters(text.AsSpan(start, length)) && new Reader(text, start, length, output).Document();

    // Line breaks YAML knows besides \n, byte-order marks, controls and surrogates: positions or meaning may differ, so the full parser reads them.
    private static bool OnlyCommonCharacters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : c is (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                return false;
        }
        return true;
    }

    private readonly record struct Line(int Start, int End, int Indent, bool Blank);

    /// <summary>What the reader finds, in order, with YamlDotNet's positions: as YamlDotNet's events, or as the tree.</summary>
    internal abstract class Output
    {
        public virtual void StartDocument(Mark first) { }
        public virtual void EndDocument(Mark end) { }
        public abstract void StartMapping(Mark start);
        public abstract void EndMapping(Mark end);
        public abstract void StartSequence(SequenceStyle style, Mark start, Mark end);
        public abstract void EndSequence(Mark end);
        /// <summary>A plain (key or value) or quoted scalar; false stops the reading (the tree's answer to a key given twice).</summary>
        public abstract bool Scalar(string value, ScalarStyle style, Mark start, Mark end, bool isKey = false);
    }

    /// <summary>Exactly YamlDotNet's parser's events for the text (the tests compare the two).</summary>
    private sealed class EventOutput : Output
    {
        private static readonly TagDirectiveCollection DefaultTags =
        [
            new YamlDotNet.Core.Tokens.TagDirective("!", "!"),
            new YamlDotNet.Core.Tokens.TagDirective("!!", "tag:yaml.org,2002:"),
        ];

        public List<ParsingEvent> Events { get; } = new(64);

        public override void StartDocument(Mark first)
        {
            Events.Add(new StreamStart(new Mark(0, 1, 1), new Mark(0, 1, 1)));
            Events.Add(new DocumentStart(null, DefaultTags, true, first, first));
        }

        public override void EndDocument(Mark end)
        {
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
        }

        public override void StartMapping(Mark start) => Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));

        public override void EndMapping(Mark end) => Events.Add(new MappingEnd(end, end));

        public override void StartSequence(SequenceStyle style, Mark start, Mark end) => Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, style, start, end));

        public override void EndSequence(Mark end) => Events.Add(new SequenceEnd(end, end));

        public override bool Scalar(string value, ScalarStyle style, Mark start, Mark end, bool isKey = false)
        {
            var plain = style == ScalarStyle.Plain;
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, plain, !plain, start, end, isKey));
            return true;
        }
    }

    private sealed class Reader
    {
        private readonly string _text;
        // Where the YAML starts in _text: positions (Mark.Index) count from there.
        private readonly int _base;
        private readonly List<Line> _lines = [];
        private readonly Output _output;
        private readonly Mark _end;
        private int _line;
        private int _depth;

        public Reader(string text, int start, int length, Output output)
        {
            _text = text;
            _output = output;
            _base = start;
            var stop = start + length;
            while (true)
            {
                var end = text.IndexOf('\n', start, stop - start);
                if (end < 0) end = stop;
                var indent = 0;
                while (start + indent < end && text[start + indent] == ' ') indent++;
                _lines.Add(new Line(start, end, indent, start + indent == end));
                if (end == stop) break;
                start = end + 1;
            }
            // YamlDotNet ends the stream on a new line: after the last line break, or on the line after an unfinished last line.
            _end = new Mark(length, text[stop - 1] == '\n' ? _lines.Count : _lines.Count + 1, 1);
        }

        public bool Document()
        {
            if (_lines[0].Blank || _lines[0].Indent != 0) return false;
            // Spaces after the last line break move where YamlDotNet ends the open collections: left to it.
            if (_lines[^1].Blank && _lines[^1].Start < _lines[^1].End) return false;
            _output.StartDocument(At(0, 0));
            if (!Mapping(0, 0)) return false;
            SkipBlank();
            if (_line < _lines.Count) return false;
            _output.EndDocument(_end);
            return true;
        }

        /// <summary>A block mapping whose first key is at <paramref name="column"/> of the current line, its others at line starts indented by <paramref name="indent"/>.</summary>
        private bool Mapping(int indent, int column)
        {
            if (++_depth > InputLimits.MaxYamlDepth) return false;
            var start = At(_line, column);
            _output.StartMapping(start);
            while (true)
            {
                var line = _lines[_line];
                var keyLength = KeyLength(line, column);
                if (keyLength == 0) return false;
                if (!_output.Scalar(_text.Substring(line.Start + column, keyLength), ScalarStyle.Plain, At(_line, column), At(_line, column + keyLength), isKey: true))
                    return false;
                var afterColon = column + keyLength + 1;
                var value = afterColon;
                while (line.Start + value < line.End && _text[line.Start + value] == ' ') value++;
                if (line.Start + value < line.End)
                {
                    if (!InlineValue(line, value) || !EndOfValueLine(indent)) return false;
                }
                else
                {
                    var empty = At(_line, afterColon);
                    _line++;
                    SkipBlank();
                    if (_line == _lines.Count || _lines[_line].Indent < indent || (_lines[_line].Indent == indent && !IsDash(_lines[_line])))
                        _output.Scalar("", ScalarStyle.Plain, empty, empty);
                    else if (_lines[_line].Indent == indent)
                    {
                        if (!Sequence(indent, indentless: true)) return false;
                    }
                    else if (IsDash(_lines[_line]) ? !Sequence(_lines[_line].Indent, indentless: false) : !Mapping(_lines[_line].Indent, _lines[_line].Indent))
                        return false;
                }

                if (_line == _lines.Count || _lines[_line].Indent < indent || IsDash(_lines[_line]) && _lines[_line].Indent == indent) break;
                if (_lines[_line].Indent > indent) return false;
                column = indent;
            }
            var end = NextToken();
            _output.EndMapping(end);
            _depth--;
            return true;
        }

        /// <summary>A block list whose dashes stand at <paramref name="indent"/>; an indentless one shares its key's indentation.</summary>
        private bool Sequence(int indent, bool indentless)
        {
            if (++_depth > InputLimits.MaxYamlDepth) return false;
            var start = At(_line, indent);
            _output.StartSequence(SequenceStyle.Block, start, indentless ? At(_line, indent + 1) : start);
            while (true)
            {
                var line = _lines[_line];
                var content = indent + 2;
                if (line.Start + content >= line.End || _text[line.Start + content] == ' ') return false;
                if (KeyLength(line, content) > 0)
                {
                    if (!Mapping(content, content)) return false;
                }
                else if (!InlineValue(line, content) || !EndOfValueLine(indent)) return false;

                if (_line == _lines.Count || _lines[_line].Indent < indent) break;
                if (_lines[_line].Indent > indent) return false;
                if (!IsDash(_lines[_line]))
                {
                    if (indentless) break; // the next key of the mapping this list is a value in
                    return false;
                }
            }
            var end = NextToken();
            _output.EndSequence(end);
            _depth--;
            return true;
        }

        /// <summary>A value that starts at <paramref name="column"/> and ends with its line (trailing spaces allowed).</summary>
        private bool InlineValue(Line line, int column)
        {
            var at = line.Start + column;
            switch (_text[at])
            {
                case '"' or '\'':
                    var (value, close) = Quoted(at, line.End);
                    if (value is null || !OnlySpaces(close + 1, line.End)) return false;
                    QuotedScalar(value, _text[at], column, close - line.Start + 1);
                    return true;
                case '[':
                    return FlowSequence(line, column);
                default:
                    var end = line.End;
                    while (_text[end - 1] == ' ') end--;
                    var text = _text.AsSpan(at, end - at);
                    if (!PlainStart(_text[at]) || text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text[^1] == ':')
                        return false;
                    _output.Scalar(text.ToString(), ScalarStyle.Plain, At(_line, column), At(_line, end - line.Start));
                    return true;
            }
        }

        // In a plain [list] item these open another collection, start a comment, a key or a quoted scalar, or need a closer look.
        private static readonly System.Buffers.SearchValues<char> FlowItemStops = System.Buffers.SearchValues.Create("[{}#:\"");

        /// <summary><c>[a, "b c", 'd']</c> on one line: plain items starting with a letter or digit, or quoted ones.</summary>
        private bool FlowSequence(Line line, int column)
        {
            if (_depth + 1 > InputLimits.MaxYamlDepth) return false;
            var open = At(_line, column);
            _output.StartSequence(SequenceStyle.Flow, open, open);
            var i = line.Start + column + 1;
            SkipSpaces(ref i, line.End);
            if (i < line.End && _text[i] == ']') return CloseFlow(line, i);
            while (i < line.End)
            {
                var itemStart = i;
                if (_text[i] is '"' or '\'')
                {
                    var (value, close) = Quoted(i, line.End);
                    if (value is null) return false;
                    QuotedScalar(value, _text[i], i - line.Start, close - line.Start + 1);
                    i = close + 1;
                }
                else
                {
                    if (!char.IsAsciiLetterOrDigit(_text[i])) return false;
                    while (i < line.End && _text[i] is not (',' or ']')) i++;
                    if (_text.AsSpan(itemStart, i - itemStart).ContainsAny(FlowItemStops)) return false;
                    var itemEnd = i;
                    while (_text[itemEnd - 1] == ' ') itemEnd--;
                    _output.Scalar(_text[itemStart..itemEnd], ScalarStyle.Plain, At(_line, itemStart - line.Start), At(_line, itemEnd - line.Start));
                }
                SkipSpaces(ref i, line.End);
                if (i >= line.End) return false;
                if (_text[i] == ']') return CloseFlow(line, i);
                if (_text[i] != ',') return false;
                i++;
                SkipSpaces(ref i, line.End);
                if (i >= line.End || _text[i] == ']') return false; // a trailing comma: left to the full parser
            }
            return false;
        }

        private bool CloseFlow(Line line, int close)
        {
            if (!OnlySpaces(close + 1, line.End)) return false;
            var at = At(_line, close - line.Start);
            _output.EndSequence(at);
            return true;
        }

        /// <summary>A quoted scalar starting at <paramref name="open"/> and closed on the same line: its value and closing quote's index.</summary>
        private (string? Value, int Close) Quoted(int open, int lineEnd)
        {
            var quote = _text[open];
            // Most quoted values hold no escape: their text is taken in one piece, and a builder is made only at the first escape.
            System.Text.StringBuilder? value = null;
            for (var i = open + 1; i < lineEnd; i++)
            {
                var c = _text[i];
                var escaped = quote == '\'' ? c == '\'' && i + 1 < lineEnd && _text[i + 1] == '\'' : c == '\\';
                if (escaped)
                {
                    if (quote == '"' && (i + 1 >= lineEnd || _text[i + 1] is not ('"' or '\\' or '/'))) return (null, 0);
                    value ??= new System.Text.StringBuilder().Append(_text, open + 1, i - open - 1);
                    value.Append(_text[++i]);
                }
                else if (c == quote) return (value?.ToString() ?? _text.Substring(open + 1, i - open - 1), i);
                else value?.Append(c);
            }
            return (null, 0);
        }

        private void QuotedScalar(string value, char quote, int startColumn, int endColumn) =>
            _output.Scalar(value, quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, At(_line, startColumn), At(_line, endColumn));

        /// <summary>The length of a <c>key:</c> at <paramref name="column"/> (letters, digits, '_' and '-', then a colon ending the line or followed by a space), or 0.</summary>
        private int KeyLength(Line line, int column)
        {
            var i = line.Start + column;
            if (i >= line.End || !(char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_')) return 0;
            while (i < line.End && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-')) i++;
            // YamlDotNet refuses a key longer than 1,024 characters; such a key is left to it.
            if (i - line.Start - column > 1000) return 0;
            if (i >= line.End || _text[i] != ':' || (i + 1 < line.End && _text[i + 1] != ' ')) return 0;
            return i - line.Start - column;
        }

        private bool IsDash(Line line) =>
            !line.Blank && _text[line.Start + line.Indent] == '-' && line.Start + line.Indent + 1 < line.End && _text[line.Start + line.Indent + 1] == ' ';

        // Characters that give a plain scalar's first position another meaning in YAML ('-' too: "- x" is a list, "-1" is left to the full parser).
        private static bool PlainStart(char c) => c is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');

        private bool OnlySpaces(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (_text[i] != ' ') return false;
            }
            return true;
        }

        private void SkipSpaces(ref int i, int end)
        {
            while (i < end && _text[i] == ' ') i++;
        }

        /// <summary>Moves past a line whose value ended it; false when the next line is indented deeper than <paramref name="indent"/>
        /// (a value continued on it, or stray indentation: left to the full parser).</summary>
        private bool EndOfValueLine(int indent)
        {
            _line++;
            SkipBlank();
            return _line == _lines.Count || _lines[_line].Indent <= indent;
        }

        private void SkipBlank()
        {
            while (_line < _lines.Count && _lines[_line].Blank) _line++;
        }

        /// <summary>Where the next token starts (YamlDotNet ends a block collection there), or the end of the stream.</summary>
        private Mark NextToken() => _line == _lines.Count ? _end : At(_line, _lines[_line].Indent);

        private Mark At(int line, int column) => new(_lines[line].Start - _base + column, line + 1, column + 1);
    }
}
