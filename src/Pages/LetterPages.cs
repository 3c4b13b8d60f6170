using Explainer.Rendering;
using Explainer.Rendering.ViewModels;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// What every list split by first letters (the tags and parties indexes, a period's own events, a day's corrections) needs
/// for its pages: each group with the trail above its page, the rail of groups, and the counts preview compares.
/// </summary>
internal static class LetterPages
{
    /// <summary>A group and its smaller groups, each with the trail above its page (a smaller group's runs through the larger).</summary>
    /// <param name="index">The page whose <c>starting-with/</c> folder holds the groups' pages.</param>
    /// <param name="crumb">What the trail calls a group's page, from its prefix.</param>
    public static IEnumerable<(LetterGroup<T> Group, IReadOnlyList<LinkView> Trail)> WithTrail<T>(LetterGroup<T> group, IReadOnlyList<LinkView> trail,
        ViewFactory views, string index, Func<string, string> crumb)
    {
        yield return (group, trail);
        IReadOnlyList<LinkView> below = [.. trail, views.LinkTo(crumb(group.Prefix), SitePaths.StartingWith(index, group.Prefix))];
        foreach (var smaller in group.Groups)
            foreach (var pair in WithTrail(smaller, below, views, index, crumb)) yield return pair;
    }

    /// <summary>A rail of <paramref name="groups"/>; the one holding the prefix <paramref name="current"/> (if any) is marked current.</summary>
    /// <param name="label">What the rail calls a group, from its prefix; the prefix capitalised unless given.</param>
    public static List<PeriodView> Rail<T>(ViewFactory views, string index, IReadOnlyList<LetterGroup<T>> groups, string? current,
        Func<string, string>? label = null) =>
        groups.Select(g => views.Prefix(index, g.Prefix, g.Count, current is not null && current.StartsWith(g.Prefix, StringComparison.Ordinal),
            label?.Invoke(g.Prefix))).ToList();

    /// <summary>Every group's prefix and count, for <see cref="PageInputs"/>: a page of the split changes when any of them does.</summary>
    public static string Counts<T>(IEnumerable<LetterGroup<T>> groups) =>
        string.Join(",", groups.SelectMany(g => g.WithSmallerGroups()).Select(g => $"{g.Prefix}:{g.Count}"));
}
