namespace Explainer.Build;

/// <summary>
/// What to build and where: folders, the base path and public URL that override site.yml, whether to index for search,
/// and whether to read published/updated dates from git (off in tests whose output must not depend on commit times).
/// </summary>
public sealed record BuildOptions(
    string InputFolder = "input",
    string ThemeFolder = "theme",
    string OutputFolder = "output",
    string? BasePath = null,
    string? Url = null,
    bool Search = true,
    bool GitHistory = true)
{
    /// <summary>How long list pages may grow before a year is split by month (lowered by tests).</summary>
    public Pages.ListLimits Lists { get; init; } = Pages.ListLimits.Default;

    /// <summary>The day (UTC) the build runs on: sources and corrections dated after it are reported (tests fix it).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
