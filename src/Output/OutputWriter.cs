namespace Explainer.Output;

/// <summary>
/// Writes the finished site. The only stage that touches the output folder: it writes a sibling staging folder
/// and swaps it in at the end, so a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
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

        if (Directory.Exists(output)) Directory.Move(output, previous);
        Directory.Move(staging, output);
        DeleteIfExists(previous);
    }

    private static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder)) return;
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), File.Delete);
        Directory.Delete(folder, recursive: true);
    }
}
