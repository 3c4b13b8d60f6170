namespace Explainer.Build;

/// <summary>What to build and where: folders, the base path and public URL that override site.yml, and whether to index for search.</summary>
public sealed record BuildOptions(
    string InputFolder = "input",
    string ThemeFolder = "theme",
    string OutputFolder = "output",
    string? BasePath = null,
    string? Url = null,
    bool Search = true)
{
    /// <summary>How long list pages may grow before a year is split by month (lowered by tests).</summary>
    public Pages.ListLimits Lists { get; init; } = Pages.ListLimits.Default;
}
