using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Explainer.Content;

/// <summary>
/// A front matter's YAML as <see cref="YamlFields"/> reads it: text, lists and mappings, each with the line and column it starts
/// at (1-based, counted from the front matter's first line). Common front matter is built as <see cref="CommonYamlParser"/> reads
/// it; anything else is loaded by YamlDotNet as before and converted. YamlDotNet's own node model (a dictionary per mapping,
/// keyed by hashed nodes, and a document loader tracking anchors), with the events that fed it, was ~5.5% of a 10,000-entry
/// build's CPU samples and ~100 MB of its allocations, for mappings of a dozen keys that are only ever looked up by name.
/// </summary>
public abstract record YamlValue(int Line, int Column);

/// <summary>A scalar: its text (null for YAML's empty value) and how it was written; <paramref name="Tagged"/> when it carries a tag (<c>!!str</c>).</summary>
public sealed record YamlText(string? Value, ScalarStyle Style, bool Tagged, int Line, int Column) : YamlValue(Line, Column);

public sealed record YamlList(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column);

/// <summary>A mapping's pairs in the order written (keys are unique: YamlDotNet refuses a key given twice).</summary>
public sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Pairs, int Line, int Column) : YamlValue(Line, Column)
{
    /// <summary>The value of the untagged text key <paramref name="key"/>, which is what YamlDotNet's lookup by a plain key node finds.</summary>
    public YamlValue? Find(string key)
    {
        // By index: a foreach over the interface boxes the list's enumerator, once for every field of every entry read.
        for (var i = 0; i < Pairs.Count; i++)
        {
            var (name, value) = Pairs[i];
            if (name is YamlText { Tagged: false } text && string.Equals(text.Value, key, StringComparison.Ordinal)) return value;
        }
        return null;
    }
}

public static class YamlTree
{
    /// <summary>
    /// Builds the tree as <see cref="CommonYamlParser"/> reads common front matter (mappings, lists and untagged scalars, no
    /// anchors). A key given twice stops it: YamlDotNet's loader refuses such a mapping, and the full parser reports it.
    /// </summary>
    internal sealed class Builder : CommonYamlParser.Output
    {
        // The collections being read, innermost last, each with the key waiting for its value (mappings only).
        private readonly List<Open> _open = [];

        public YamlValue? Root { get; private set; }

        public override void StartMapping(Mark start) => _open.Add(new Open(start, new List<KeyValuePair<YamlValue, YamlValue>>()));

        public override void StartSequence(SequenceStyle style, Mark start, Mark end) => _open.Add(new Open(start, new List<YamlValue>()));

        public override void EndMapping(Mark end) => Close();

        public override void EndSequence(Mark end) => Close();

        public override bool Scalar(string value, ScalarStyle style, Mark start, Mark end, bool isKey = false) =>
            Add(new YamlText(value, style, false, (int)start.Line, (int)start.Column));

        private void Close()
        {
            var open = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            var (line, column) = ((int)open.Start.Line, (int)open.Start.Column);
            Add(open.Pairs is { } pairs ? new YamlMap(pairs, line, column) : new YamlList(open.Items!, line, column));
        }

        private bool Add(YamlValue value)
        {
            if (_open.Count == 0)
            {
                Root = value;
                return true;
            }
            var open = _open[^1];
            if (open.Items is { } items) items.Add(value);
            else if (open.Key is null)
            {
                // Keys of the common shape are untagged text, equal as YamlDotNet's nodes are equal: by their text.
                if (value is not YamlText { Value: { } name } || open.Repeats(name)) return false;
                open.Key = value;
            }
            else
            {
                open.Pairs!.Add(new(open.Key, value));
                open.Key = null;
            }
            return true;
        }

        private sealed class Open(Mark start, object children)
        {
            public Mark Start { get; } = start;
            public List<KeyValuePair<YamlValue, YamlValue>>? Pairs { get; } = children as List<KeyValuePair<YamlValue, YamlValue>>;
            public List<YamlValue>? Items { get; } = children as List<YamlValue>;
            public YamlValue? Key { get; set; }
            private HashSet<string>? _manyKeys;

            /// <summary>Whether <paramref name="name"/> is a key of the mapping already: looked for one by one in the usual mapping of a
            /// dozen keys, in a set once there are more (a hostile file can hold a mapping of 100,000).</summary>
            public bool Repeats(string name)
            {
                var pairs = Pairs!;
                if (_manyKeys is null && pairs.Count < 16)
                {
                    foreach (var pair in pairs)
                    {
                        if (string.Equals(((YamlText)pair.Key).Value, name, StringComparison.Ordinal)) return true;
                    }
                    return false;
                }
                _manyKeys ??= pairs.Select(p => ((YamlText)p.Key).Value!).ToHashSet(StringComparer.Ordinal);
                return !_manyKeys.Add(name);
            }
        }
    }

    /// <summary>The same tree from YamlDotNet's node model (front matter the common reader left to it, loaded with aliases resolved).</summary>
    public static YamlValue FromNode(YamlNode node)
    {
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        return node switch
        {
            YamlMappingNode map => new YamlMap(map.Children.Select(c => new KeyValuePair<YamlValue, YamlValue>(FromNode(c.Key), FromNode(c.Value))).ToList(), line, column),
            YamlSequenceNode list => new YamlList(list.Children.Select(FromNode).ToList(), line, column),
            YamlScalarNode text => new YamlText(text.Value, text.Style, !text.Tag.IsEmpty, line, column),
            // Aliases are resolved by YamlDotNet's loader (an unknown one is its error); were one left, it would read as no value.
            _ => new YamlText(null, ScalarStyle.Plain, false, line, column),
        };
    }
}
