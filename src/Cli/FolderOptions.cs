namespace Explainer.Cli;

/// <summary>The checks of the folders the project's commands read (<c>--input</c>, <c>--theme</c>, a built site), worded the same everywhere.</summary>
public static class FolderOptions
{
    /// <param name="what">"input" or "theme": the folder's name in the message and its option.</param>
    /// <returns>Why <paramref name="folder"/> cannot be read as that folder, or null.</returns>
    public static string? Problem(string folder, string what) =>
        File.Exists(folder) ? $"the {what} folder '{folder}' is a file; pass the folder that holds it (--{what} DIR)"
        : !Directory.Exists(folder) ? $"the {what} folder '{folder}' does not exist (run from the repository root, or pass --{what} DIR)"
        : null;

    /// <summary>When a built site's folder (<c>serve DIR</c>, <c>diff OLD NEW</c>) was given as a file, e.g. its index.html: what to give instead.</summary>
    public static string? SiteIsAFile(string folder) =>
        File.Exists(folder) ? $"'{folder}' is a file; give the folder of a built site (the one that holds index.html)" : null;
}
