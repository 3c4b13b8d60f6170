namespace Explainer.Output;

/// <summary>
/// Decides whether the build may replace the output folder and use its staging folder, before anything is read or written.
/// Refused (each with one line saying what to do): an empty or unusable path, a file, a symbolic link, a folder inside or around
/// the sources (input, theme, src/, tests/, .git, the project itself), and a non-empty folder the build did not make.
/// </summary>
public static class OutputGuard
{
    /// <param name="workingFolder">The project root as the user sees it (the current folder).</param>
    /// <returns>The problem, or null when the build may go ahead.</returns>
    public static string? Problem(string output, string input, string theme, string workingFolder)
    {
        if (string.IsNullOrWhiteSpace(output)) return "--output must name a folder, such as output";
        OutputFolders folders;
        try
        {
            folders = OutputFolders.For(output);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--output '{output}' is not a usable folder path ({e.Message})";
        }
        if (Path.GetDirectoryName(folders.Output) is null) return $"--output '{output}' is the root of the file system; choose a folder such as output";

        foreach (var (path, shown) in new[] { (folders.Output, output), (folders.Staging, folders.GivenStaging), (folders.Swapping, folders.Given + ".swapping") })
        {
            if (ShapeProblem(path, shown) is { } shape) return shape;
        }
        if (ContainmentProblem(folders, input, theme, workingFolder) is { } containment) return containment;
        return OwnershipProblem(folders);
    }

    private static string? ShapeProblem(string path, string shown)
    {
        if (FileTree.IsLink(path))
        {
            var target = new FileInfo(path).LinkTarget ?? "?";
            return $"'{shown}' is a symbolic link (to '{target}'), and the build never writes through links: remove the link (rm '{shown}') or pass --output with a real folder";
        }
        if (File.Exists(path)) return $"'{shown}' is a file, not a folder: pass --output with a folder name";
        for (var ancestor = Path.GetDirectoryName(path); ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor)) return $"'{shown}' cannot be a folder: '{ancestor}' is a file";
            if (Directory.Exists(ancestor)) break;
        }
        return null;
    }

    /// <summary>Compared with every link resolved, so a link into input/ cannot smuggle the output folder inside it.</summary>
    private static string? ContainmentProblem(OutputFolders folders, string input, string theme, string workingFolder)
    {
        var roots = new List<string> { Path.GetFullPath(workingFolder) };
        if (RepositoryRoot(roots[0]) is { } repository && repository != roots[0]) roots.Add(repository);

        var sources = new List<(string Path, string Shown)> { (Path.GetFullPath(input), input), (Path.GetFullPath(theme), theme) };
        foreach (var root in roots)
        {
            foreach (var name in new[] { "input", "theme", "src", "tests", ".git" })
                sources.Add((Path.Combine(root, name), Path.GetRelativePath(workingFolder, Path.Combine(root, name))));
        }

        foreach (var path in new[] { folders.Output, folders.Staging })
        {
            var real = Real(path);
            foreach (var (source, shown) in sources)
            {
                var realSource = Real(source);
                if (IsSameOrInside(real, realSource))
                    return $"--output '{folders.Given}' lies inside '{shown}', which the build must never replace: choose a separate folder such as output";
                if (IsSameOrInside(realSource, real))
                    return $"--output '{folders.Given}' would replace '{shown}' with the site: choose a separate folder such as output";
            }
            foreach (var root in roots)
            {
                if (IsSameOrInside(Real(root), real))
                    return $"--output '{folders.Given}' would replace the project folder '{root}': choose a folder inside it, such as output";
            }
        }
        return null;
    }

    private static string? OwnershipProblem(OutputFolders folders)
    {
        if (Directory.Exists(folders.Output) && !IsEmpty(folders.Output) && !OwnershipMarker.IsMarked(folders.Output)
            && !OwnershipMarker.LooksLikeEarlierSite(folders.Output))
            return $"'{folders.Given}' holds files the build did not make (it has no {OwnershipMarker.FileName}), so it will not replace them: " +
                // No command to delete it: a folder that holds files the build did not make may be anything, even a home folder.
                $"pass --output with another folder, such as output, or move your files out of it";
        // An earlier version's site swapped out by a build killed before it could mark it is recognised here too.
        if (Directory.Exists(folders.Staging) && !IsEmpty(folders.Staging) && !OwnershipMarker.IsMarked(folders.Staging)
            && !OwnershipMarker.LooksLikeEarlierSite(folders.Staging))
            return $"'{folders.GivenStaging}' is in the build's way and was not made by it (no {OwnershipMarker.FileName}; an earlier version may have left it " +
                $"after an interrupted build): if it is not yours, run: rm -r '{folders.GivenStaging}'";
        return null;
    }

    private static bool IsEmpty(string folder) => !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>The full path with links resolved, so a link into a folder counts as inside it.</summary>
    internal static string Real(string path) => Path.TrimEndingDirectorySeparator(NativeFileSystem.RealPath(Path.GetFullPath(path)));

    internal static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding .git, if any.</summary>
    private static string? RepositoryRoot(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Path.Exists(Path.Combine(current, ".git"))) return current;
        }
        return null;
    }
}
