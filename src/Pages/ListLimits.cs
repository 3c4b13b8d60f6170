namespace Explainer.Pages;

/// <summary>How long list pages may grow: a year with more entries than <see cref="PerPage"/> is split by month,
/// and index pages show the <see cref="Latest"/> newest entries.</summary>
/// <remarks>200 timeline items are about 150 KB of HTML, which keeps every list page of a 10,000-entry site under 300 KB
/// (a month page holds what a 2,400-entry year holds in a month). Tests lower both to exercise splitting on small sites.</remarks>
public sealed record ListLimits(int PerPage = 200, int Latest = 20)
{
    public static ListLimits Default { get; } = new();
}
