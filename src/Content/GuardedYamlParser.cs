using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Content;

/// <summary>
/// Wraps YamlDotNet's (iterative) parser before its (recursive) node loader sees the events: refuses nesting deeper than
/// <see cref="InputLimits.MaxYamlDepth"/> (50,000 levels overflow the stack and kill the process), reports an alias to an anchor
/// that does not exist at the alias itself, and turns the scanner's own crash on an unclosed flow list into a located error.
/// </summary>
public sealed class GuardedYamlParser : IParser
{
    private readonly Parser _inner;
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Mark> _open = new();

    public GuardedYamlParser(TextReader reader) => _inner = new Parser(reader);

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the event before the current one starts: when the node loader refuses an event, the cause is usually just before it.</summary>
    public Mark Previous { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (_inner.Current is { } current) Previous = current.Start;
        bool moved;
        try
        {
            moved = _inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (instead of a YamlException) when a flow list or mapping reaches the end unclosed.
            var start = _open.Count > 0 ? _open.Peek() : Mark.Empty;
            throw new YamlException(start, start, "a list or mapping opened with '[' or '{' here is never closed (add the closing ']' or '}')");
        }
        if (!moved) return false;

        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                _open.Push(_inner.Current.Start);
                if (_open.Count > InputLimits.MaxYamlDepth)
                    throw new YamlException(_inner.Current.Start, _inner.Current.End,
                        $"the fields are nested more than {InputLimits.MaxYamlDepth} levels deep");
                break;
            case MappingEnd or SequenceEnd:
                if (_open.Count > 0) _open.Pop();
                break;
            case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to no anchor '&{alias.Value}' defined before it");
        }
        if (_inner.Current is NodeEvent { Anchor.IsEmpty: false } node) _anchors.Add(node.Anchor.Value);
        return true;
    }
}
