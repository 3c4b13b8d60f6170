using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Content;

/// <summary>
/// Wraps YamlDotNet's (iterative) parser before its (recursive) node loader sees the events: refuses nesting deeper than
/// <see cref="InputLimits.MaxYamlDepth"/> (50,000 levels overflow the stack and kill the process), reports an alias to an anchor
/// that does not exist at the alias itself, counts what the first document holds with its aliases expanded
/// (<see cref="ExpandedValues"/>, <see cref="FirstAlias"/>), and turns the scanner's own crash on an unclosed flow list into a located error.
/// </summary>
public sealed class GuardedYamlParser : IParser
{
    private readonly Parser _inner;
    // Each anchor's value as its aliases repeat it: how many levels of lists and mappings it holds and how many values, counting
    // what its own aliases hold. Known as the events go by, so a hostile file costs no more to measure than to read.
    private readonly Dictionary<string, Shape> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<OpenCollection> _open = new();
    private long _documentValues;

    public GuardedYamlParser(TextReader reader) => _inner = new Parser(reader);

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the event before the current one starts: when the node loader refuses an event, the cause is usually just before it.</summary>
    public Mark Previous { get; private set; } = Mark.Empty;

    /// <summary>Where the first alias (<c>*name</c>) is, if there is one: only then can the loaded tree be larger than the text.</summary>
    public Mark? FirstAlias { get; private set; }

    /// <summary>
    /// How many values (lists, mappings and plain values) the first document holds once its aliases are expanded, counted up to
    /// just past <see cref="InputLimits.MaxYamlValues"/> (nine-fold repetition a few levels more would pass a long's range).
    /// </summary>
    public long ExpandedValues { get; private set; }

    private bool _firstDocumentDone;

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
                var shape = new Shape(closed.Height + 1, closed.Values);
                if (!closed.Anchor.IsEmpty) _anchors[closed.Anchor.Value] = shape;
                Holds(shape);
                break;
            case Scalar scalar:
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = Shape.Scalar;
                Holds(Shape.Scalar);
                break;
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var aliased))
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value}' refers to no anchor '&{alias.Value}' defined before it");
                FirstAlias ??= alias.Start;
                // An alias stands for its anchor's whole value: an alias of an alias of … nests as deep as all of them, and the
                // loaders that walk the tree afterwards recurse once per level.
                if (_open.Count + aliased.Height > InputLimits.MaxYamlDepth)
                    throw new YamlException(alias.Start, alias.End,
                        $"the alias '*{alias.Value}' repeats a value that makes the fields nest more than {InputLimits.MaxYamlDepth} levels deep");
                Holds(aliased);
                break;
            case DocumentEnd when !_firstDocumentDone:
                ExpandedValues = _documentValues;
                _firstDocumentDone = true;
                break;
        }
        return true;
    }

    /// <summary>Counts a value that just ended (or an alias standing for one) into the list or mapping holding it, or the document.</summary>
    private void Holds(Shape value)
    {
        if (_open.Count > 0) _open.Peek().Holds(value);
        else _documentValues = Shape.Saturated(_documentValues + value.Values);
    }

    /// <summary>A value as an alias repeats it: how many levels of lists and mappings it holds, and how many values in all (itself included).</summary>
    private readonly record struct Shape(int Height, long Values)
    {
        public static readonly Shape Scalar = new(0, 1);

        public static long Saturated(long values) => Math.Min(values, (long)InputLimits.MaxYamlValues + 1);
    }

    /// <summary>A list or mapping not closed yet: where it starts, its anchor, the height of the tallest value in it so far, and
    /// how many values it holds so far (itself included).</summary>
    private sealed class OpenCollection(Mark start, AnchorName anchor)
    {
        public Mark Start { get; } = start;
        public AnchorName Anchor { get; } = anchor;
        public int Height { get; private set; }
        public long Values { get; private set; } = 1;

        public void Holds(Shape value)
        {
            Height = Math.Max(Height, value.Height);
            Values = Shape.Saturated(Values + value.Values);
        }
    }
}
