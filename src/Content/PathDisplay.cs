namespace Explainer.Content;

/// <summary>Turns absolute paths into the short, forward-slash paths diagnostics print (relative to the working directory when inside it).</summary>
public static class PathDisplay
{
    public static string For(string fullPath) => For(fullPath, Environment.CurrentDirectory);

    /// <summary>The same, relative to <paramref name="workingDirectory"/> (asked once by a caller that shows thousands of paths:
    /// the working directory is a system call each time).</summary>
    public static string For(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
