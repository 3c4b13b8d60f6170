namespace Explainer.Output;

/// <summary>
/// Writes the finished site. The only stage that touches the output folder: it writes a sibling staging folder
/// and swaps it in at the end, so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public static class OutputWriter
{
    /// <param name="finish">
    /// Runs on the complete staging folder before the swap (the search indexer writes its bundle there);
    /// returning false abandons the new site and keeps the previous one.
    /// </param>
    /// <returns>False when <paramref name="finish"/> failed and nothing was replaced.</returns>
    public static bool Write(string outputFolder, IReadOnlyList<OutputFile> files, Func<string, bool>? finish = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + ".staging";
        var previous = output + ".previous";
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        Directory.CreateDirectory(staging);
        // Ten thousand small files: the file system, not the CPU, is the limit, so overlap the waits.
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        });

        if (finish is not null && !finish(staging))
        {
            DeleteIfExists(staging);
            return false;
        }

        if (Directory.Exists(output)) Directory.Move(output, previous);
        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return true;
    }

    private static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder)) return;
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), File.Delete);
        Directory.Delete(folder, recursive: true);
    }
}
