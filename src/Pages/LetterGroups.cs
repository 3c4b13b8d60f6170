namespace Explainer.Pages;

/// <summary>
/// Items of a long index (tags, parties) whose keys start with <see cref="Prefix"/>. A group longer than a page is split
/// by longer prefixes ("t" into "ta", "te", …), each a group of its own; what cannot be split further (a key that is the
/// prefix itself) stays in <see cref="Items"/>.
/// </summary>
public sealed record LetterGroup<T>(string Prefix, IReadOnlyList<T> Items, IReadOnlyList<LetterGroup<T>> Groups)
{
    /// <summary>Every item in the group, its smaller groups included.</summary>
    public int Count { get; } = Items.Count + Groups.Sum(g => g.Count);

    /// <summary>Every item in the group, its smaller groups' included, in order.</summary>
    public IEnumerable<T> All() => Items.Concat(Groups.SelectMany(g => g.All()));

    /// <summary>This group and every group within it, each before its own smaller groups.</summary>
    public IEnumerable<LetterGroup<T>> WithSmallerGroups() => Groups.SelectMany(g => g.WithSmallerGroups()).Prepend(this);
}

/// <summary>
/// Groups a long index by the first letters of its items' keys. A prefix's page keeps its address as items are added:
/// when a group outgrows a page it lists its longer prefixes instead, and each of those has a page of its own.
/// </summary>
public static class LetterGroups
{
    /// <summary>Where a headline or title files: its words as a slug, or <paramref name="fallback"/> (a slug) when it has no letter a-z.</summary>
    /// <remarks>Cut to a slug's length: a prefix becomes a folder name, and 300-character headlines sharing most of their words would make long paths.</remarks>
    public static string TitleKey(string title, string fallback)
    {
        var key = Content.Slug.CanMakeFrom(title) ? Content.Slug.Anchor(title) : fallback;
        return key.Length <= Content.InputLimits.MaxSlugLength ? key : key[..Content.InputLimits.MaxSlugLength].TrimEnd('-');
    }

    /// <summary>A prefix of titles as readers see it: "historical-event-1" → "Historical event 1".</summary>
    public static string TitleLabel(string prefix) => Rendering.ViewFactory.PrefixLabel(prefix.Replace('-', ' '));

    /// <param name="key">The item's key: lower-case letters, digits and hyphens (a slug), which the page's address is made from.</param>
    /// <param name="perPage">The most items a group lists before it is split.</param>
    public static IReadOnlyList<LetterGroup<T>> Split<T>(IReadOnlyList<T> items, Func<T, string> key, int perPage) =>
        Split(items.Select(i => (Key: key(i), Item: i)).ToList(), 1, Math.Max(1, perPage));

    private static List<LetterGroup<T>> Split<T>(IReadOnlyList<(string Key, T Item)> items, int length, int perPage) =>
        items.GroupBy(i => i.Key[..Math.Min(length, i.Key.Length)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList(), perPage))
            .ToList();

    private static LetterGroup<T> Group<T>(string prefix, List<(string Key, T Item)> items, int perPage)
    {
        if (items.Count <= perPage) return new(prefix, items.Select(i => i.Item).ToList(), []);
        // Keys that are the prefix itself cannot be split further: they stay on the prefix's own page.
        var whole = items.Where(i => i.Key.Length == prefix.Length).Select(i => i.Item).ToList();
        var longer = items.Where(i => i.Key.Length > prefix.Length).ToList();
        if (longer.Count == 0) return new(prefix, whole, []);
        // Letters every key shares ("topic-1", "topic-2" … under "t") would each make a page with one link: the split starts after them.
        var length = whole.Count == 0 ? CommonPrefixLength(longer) + 1 : prefix.Length + 1;
        return new(prefix, whole, Split(longer, Math.Max(length, prefix.Length + 1), perPage));
    }

    private static int CommonPrefixLength<T>(IReadOnlyList<(string Key, T Item)> items)
    {
        var length = items.Min(i => i.Key.Length);
        foreach (var (key, _) in items)
        {
            var same = 0;
            while (same < length && key[same] == items[0].Key[same]) same++;
            length = same;
        }
        return length;
    }
}
