namespace Explainer.Cli;

/// <summary>The one check of a folder the project's commands read (<c>--input</c>, <c>--theme</c>), worded the same everywhere.</summary>
public static class FolderOptions
{
    /// <param name="what">"input" or "theme": the folder's name in the message and its option.</param>
    /// <returns>Why <paramref name="folder"/> cannot be read as that folder, or null.</returns>
    public static string? Problem(string folder, string what) =>
        File.Exists(folder) ? $"the {what} folder '{folder}' is a file; pass the folder that holds it (--{what} DIR)"
        : !Directory.Exists(folder) ? $"the {what} folder '{folder}' does not exist (run from the repository root, or pass --{what} DIR)"
        : null;
}
