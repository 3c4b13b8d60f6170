namespace Explainer.Build;

/// <summary>What to build and where: folders, and the base path and public URL that override site.yml.</summary>
public sealed record BuildOptions(
    string InputFolder = "input",
    string ThemeFolder = "theme",
    string OutputFolder = "output",
    string? BasePath = null,
    string? Url = null);
