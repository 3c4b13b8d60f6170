using Explainer.Content;

namespace Explainer.Markdown;

/// <summary>
/// The ids already taken on one page, so every heading gets a unique one: the theme's own ids, the FAQ anchors and source
/// anchors are reserved first, then each heading takes <see cref="TextAnchor.For"/> of its text (the one function for every
/// id made from text on a page, FAQ anchors included), with -1, -2, … added when that is taken. One instance per page; not thread-safe.
/// </summary>
public sealed class PageIds
{
    /// <summary>Ids the entry and party templates write themselves (theme/pages/entry.liquid, party.liquid, layouts/default.liquid).</summary>
    public static readonly IReadOnlyList<string> ThemeIds = ["main", "events", "entry-questions", "entry-sources", "header-q", "search-q"];

    private readonly HashSet<string>? _used;

    // The next suffix to try per id, so 20,000 identical headings cost 20,000 steps, not 200 million.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public PageIds(IEnumerable<string> reserved) => _used = new HashSet<string>(ThemeIds.Concat(reserved), StringComparer.Ordinal);

    private PageIds() => _used = null;

    /// <summary>For Markdown shown on several pages at once (FAQ answers appear on their entry and on the FAQ page): headings get no id.</summary>
    public static PageIds None => new();

    /// <summary>The ids an entry's page reserves before its headings: FAQ anchors and source-1 … source-n.</summary>
    public static PageIds ForEntry(Model.Entry entry) =>
        new(entry.Faq.Select(f => f.Anchor).Concat(Enumerable.Range(1, entry.Sources.Count).Select(i => $"source-{i}")));

    public string? Claim(string text)
    {
        if (_used is null) return null;
        var id = TextAnchor.For(text);
        if (_used.Add(id)) return id;
        for (var n = _nextSuffix.GetValueOrDefault(id, 1); ; n++)
        {
            var candidate = $"{id}-{n}";
            if (!_used.Add(candidate)) continue;
            _nextSuffix[id] = n + 1;
            return candidate;
        }
    }
}
