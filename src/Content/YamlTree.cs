using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Explainer.Content;

/// <summary>
/// A front matter's YAML as <see cref="YamlFields"/> reads it: text, lists and mappings, each with the line and column it starts
/// at (1-based, counted from the front matter's first line). Common front matter (<see cref="CommonYamlParser"/>) is built
/// straight from its events; anything else is loaded by YamlDotNet as before and converted. YamlDotNet's own node model (a
/// dictionary per mapping, keyed by hashed nodes, and a document loader tracking anchors) was ~8 KB and ~2.5% of the CPU time
/// per entry of a 10,000-entry build, for mappings of a dozen keys that are only ever looked up by name.
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
        foreach (var (name, value) in Pairs)
        {
            if (name is YamlText { Tagged: false } text && string.Equals(text.Value, key, StringComparison.Ordinal)) return value;
        }
        return null;
    }
}

public static class YamlTree
{
    /// <summary>
    /// The first document's root from the events <see cref="CommonYamlParser"/> read (stream, one document, mappings, lists and
    /// untagged scalars without anchors), or null when a mapping gives a key twice: the caller then lets YamlDotNet report it.
    /// </summary>
    public static YamlValue? FromCommonEvents(List<ParsingEvent> events)
    {
        var next = 0;
        while (next < events.Count && events[next] is not (Scalar or MappingStart or SequenceStart)) next++;
        if (next == events.Count) return null;
        return Value(events, ref next, out var repeated) is { } root && !repeated ? root : null;
    }

    private static YamlValue? Value(List<ParsingEvent> events, ref int next, out bool repeated)
    {
        repeated = false;
        var start = events[next++];
        var (line, column) = ((int)start.Start.Line, (int)start.Start.Column);
        switch (start)
        {
            case Scalar scalar:
                return new YamlText(scalar.Value, scalar.Style, !scalar.Tag.IsEmpty, line, column);
            case SequenceStart:
                var items = new List<YamlValue>();
                while (events[next] is not SequenceEnd)
                {
                    if (Value(events, ref next, out repeated) is not { } item || repeated) return null;
                    items.Add(item);
                }
                next++;
                return new YamlList(items, line, column);
            case MappingStart:
                var pairs = new List<KeyValuePair<YamlValue, YamlValue>>();
                // Keys of the common shape are untagged text, equal as YamlDotNet's nodes are equal: by their text.
                HashSet<string>? manyKeys = null;
                while (events[next] is not MappingEnd)
                {
                    if (Value(events, ref next, out repeated) is not { } key || repeated) return null;
                    if (Value(events, ref next, out repeated) is not { } value || repeated) return null;
                    if (key is not YamlText { Value: { } name } || Repeated(pairs, name, ref manyKeys))
                    {
                        repeated = true;
                        return null;
                    }
                    pairs.Add(new(key, value));
                }
                next++;
                return new YamlMap(pairs, line, column);
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="name"/> is a key of <paramref name="pairs"/> already: looked for one by one in the usual
    /// mapping of a dozen keys, in a set once there are more (a hostile file can hold a mapping of 100,000).</summary>
    private static bool Repeated(List<KeyValuePair<YamlValue, YamlValue>> pairs, string name, ref HashSet<string>? manyKeys)
    {
        if (manyKeys is null && pairs.Count < 16)
        {
            foreach (var pair in pairs)
            {
                if (pair.Key is YamlText { Value: { } other } && string.Equals(other, name, StringComparison.Ordinal)) return true;
            }
            return false;
        }
        manyKeys ??= pairs.Select(p => ((YamlText)p.Key).Value!).ToHashSet(StringComparer.Ordinal);
        return !manyKeys.Add(name);
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
