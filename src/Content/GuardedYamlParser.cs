using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Content;

/// <summary>
/// Wraps YamlDotNet's (iterative) parser before its (recursive) node loader sees the events: refuses nesting deeper than
/// <see cref="InputLimits.MaxYamlDepth"/> (50,000 levels overflow the stack and kill the process), reports an alias to an anchor
/// that does not exist at the alias itself, notes where the first alias is (<see cref="FirstAlias"/>), and turns the scanner's own crash on an unclosed flow list into a located error.
/// </summary>
public sealed class GuardedYamlParser : IParser
{
    private readonly Parser _inner;
    // Each anchor's height: how many levels of lists and mappings its value holds, counting what its own aliases hold.
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<OpenCollection> _open = new();

    public GuardedYamlParser(TextReader reader) => _inner = new Parser(reader);

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the event before the current one starts: when the node loader refuses an event, the cause is usually just before it.</summary>
    public Mark Previous { get; private set; } = Mark.Empty;

    /// <summary>Where the first alias (<c>*name</c>) is, if there is one: only then can the loaded tree be larger than the text.</summary>
    public Mark? FirstAlias { get; private set; }

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
            var start = _open.Count > 0 ? _open.Peek().Start : Mark.Empty;
            throw new YamlException(start, start, "a list or mapping opened with '[' or '{' here is never closed (add the closing ']' or '}')");
        }
        if (!moved) return false;

        switch (_inner.Current)
        {
            case MappingStart or SequenceStart:
                _open.Push(new OpenCollection(_inner.Current.Start, ((NodeEvent)_inner.Current).Anchor));
                if (_open.Count > InputLimits.MaxYamlDepth)
                    throw new YamlException(_inner.Current.Start, _inner.Current.End,
                        $"the fields are nested more than {InputLimits.MaxYamlDepth} levels deep");
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var closed = _open.Pop();
                var height = closed.Height + 1;
                if (!closed.Anchor.IsEmpty) _anchors[closed.Anchor.Value] = height;
                if (_open.Count > 0) _open.Peek().Holds(height);
                break;
            case Scalar { Anchor.IsEmpty: false } anchored:
                _anchors[anchored.Anchor.Value] = 0;
                break;
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var aliased))
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to no anchor '&{alias.Value}' defined before it");
                FirstAlias ??= alias.Start;
                // An alias stands for its anchor's whole value: an alias of an alias of … nests as deep as all of them, and the
                // loaders that walk the tree afterwards recurse once per level.
                if (_open.Count + aliased > InputLimits.MaxYamlDepth)
                    throw new YamlException(alias.Start, alias.End,
                        $"the alias '*{alias.Value}' repeats a value that makes the fields nest more than {InputLimits.MaxYamlDepth} levels deep");
                if (_open.Count > 0) _open.Peek().Holds(aliased);
                break;
        }
        return true;
    }

    /// <summary>A list or mapping not closed yet: where it starts, its anchor, and the height of the tallest value in it so far.</summary>
    private sealed class OpenCollection(Mark start, AnchorName anchor)
    {
        public Mark Start { get; } = start;
        public AnchorName Anchor { get; } = anchor;
        public int Height { get; private set; }

        public void Holds(int height) => Height = Math.Max(Height, height);
    }
}
