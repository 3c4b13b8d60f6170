using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>One line of site.yml's <c>tag_names:</c>: how the tag <paramref name="Tag"/> is named, and where that is written.</summary>
public sealed record TagLabel(string Tag, string Name, SourceLocation Location);

/// <summary>
/// site.yml's <c>tag_names:</c>. Equal when they name the same tags the same way, wherever in the file that is written, so
/// <see cref="SiteSettings"/> stay equal across preview saves that leave site.yml alone (and pages are not all rendered again).
/// </summary>
public sealed class TagNames : IEquatable<TagNames>
{
    private readonly Dictionary<string, string> _names;

    public TagNames(IReadOnlyList<TagLabel> labels)
    {
        Labels = labels;
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels) _names.TryAdd(label.Tag, label.Name);
    }

    public static TagNames None { get; } = new([]);

    public IReadOnlyList<TagLabel> Labels { get; }

    /// <summary>The tag's name from site.yml, else its id capitalised with spaces: <c>corporate-policy</c> is "Corporate policy".</summary>
    public string Of(string tag) =>
        _names.TryGetValue(tag, out var name) ? name : char.ToUpperInvariant(tag[0]) + tag[1..].Replace('-', ' ');

    public bool Equals(TagNames? other) =>
        other is not null && Labels.Select(l => (l.Tag, l.Name)).SequenceEqual(other.Labels.Select(l => (l.Tag, l.Name)));

    public override bool Equals(object? obj) => Equals(obj as TagNames);

    public override int GetHashCode() => Labels.Count;
}
