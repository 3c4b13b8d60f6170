namespace Explainer.Output;

/// <summary>
/// The file that marks a folder as made by Explainer's build (the output folder and its staging folder). The build deletes or
/// replaces only marked folders, empty ones, and output folders of earlier versions it recognises (<see cref="LooksLikeEarlierSite"/>).
/// </summary>
public static class OwnershipMarker
{
    public const string FileName = ".explainer-output";

    /// <summary>Fixed text, so two builds stay byte-identical; it is published with the site, which is harmless.</summary>
    public const string Text =
        "This folder was made by Explainer's build, which replaces it as a whole on the next build.\n" +
        "Do not keep your own files here. Delete this file only if the folder is no longer Explainer's.\n";

    public static bool IsMarked(string folder)
    {
        var marker = Path.Combine(folder, FileName);
        return File.Exists(marker) && !FileTree.IsLink(marker);
    }

    public static void Mark(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>
    /// The files every earlier version of Explainer wrote at the top of its output folder (before the marker existed).
    /// A folder without the marker is adopted only when it holds all of them, no hidden entry (.git, .env…) and no link anywhere:
    /// that is an earlier build, not a folder of someone's own that happens to share the output's name.
    /// </summary>
    private static readonly string[] EarlierSiteFiles = ["index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css"];

    public static bool LooksLikeEarlierSite(string folder)
    {
        if (!EarlierSiteFiles.All(f => File.Exists(Path.Combine(folder, f)))) return false;
        foreach (var entry in FileTree.Walk(folder))
        {
            if (entry.Kind == FileTree.EntryKind.Link) return false;
            if (Path.GetFileName(entry.RelativePath).StartsWith('.')) return false;
        }
        return true;
    }
}
