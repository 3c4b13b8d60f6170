using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Explainer.Diff;

/// <summary>A page whose visible text differs between two builds: its URL path and the line diff of its text.</summary>
public sealed record ChangedPage(string Url, string Title, IReadOnlyList<DiffPiece> Lines);

/// <summary>What a change does to a built site, page by page: URL paths added and removed, and the pages whose text changed.</summary>
public sealed record SiteComparison(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<ChangedPage> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares the HTML pages of two built site folders. A page whose markup changed but whose visible text did not
    /// is not listed: readers would not see a difference.</summary>
    public static SiteComparison Compare(string oldSite, string newSite)
    {
        var before = Pages(oldSite);
        var after = Pages(newSite);
        var builder = new InlineDiffBuilder(new Differ());
        var changed = new List<ChangedPage>();
        foreach (var url in after.Keys.Intersect(before.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (oldFile, newFile) = (before[url], after[url]);
            var (oldBytes, newBytes) = (File.ReadAllBytes(oldFile), File.ReadAllBytes(newFile));
            if (oldBytes.AsSpan().SequenceEqual(newBytes)) continue;
            var oldText = VisibleText.Lines(System.Text.Encoding.UTF8.GetString(oldBytes));
            var newText = VisibleText.Lines(System.Text.Encoding.UTF8.GetString(newBytes));
            if (oldText.SequenceEqual(newText, StringComparer.Ordinal)) continue;
            var diff = builder.BuildDiffModel(string.Join('\n', oldText), string.Join('\n', newText), ignoreWhitespace: false);
            var title = newText.FirstOrDefault(l => l.StartsWith("Title: ", StringComparison.Ordinal))?["Title: ".Length..] ?? url;
            changed.Add(new ChangedPage(url, title, diff.Lines));
        }
        return new SiteComparison(
            after.Keys.Except(before.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            before.Keys.Except(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            changed);
    }

    /// <summary>URL path (as a reader types it: /entries/x/) → file, for every HTML page; the search bundle is not a page.</summary>
    private static Dictionary<string, string> Pages(string site)
    {
        var root = Path.GetFullPath(site);
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => (File: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith(Search.SearchPaths.Bundle, StringComparison.Ordinal))
            .ToDictionary(f => "/" + (f.Relative == "index.html" ? "" : f.Relative.EndsWith("/index.html", StringComparison.Ordinal) ? f.Relative[..^"index.html".Length] : f.Relative),
                f => f.File, StringComparer.Ordinal);
    }
}
