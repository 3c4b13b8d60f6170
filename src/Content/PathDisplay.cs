namespace Explainer.Content;

/// <summary>Turns absolute paths into the short, forward-slash paths diagnostics print (relative to the working directory when inside it).</summary>
public static class PathDisplay
{
    public static string For(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
