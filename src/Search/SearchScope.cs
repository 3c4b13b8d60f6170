using Explainer.Content;
using Explainer.Pages;
using Explainer.Theme;

namespace Explainer.Search;

/// <summary>
/// Which HTML files Pagefind has to read. It indexes only pages that carry <c>data-pagefind-body</c>, but by default it reads
/// and parses every page of the site to find them: at 10,000 entries that included ~700 list pages (~42 MB) it then skipped.
/// When the marker appears only in page templates, and every page those templates make lies in a folder (the stock theme:
/// <c>entries/</c> and <c>parties/</c>), Pagefind is told to read those folders alone, and the bundle is the same bytes.
/// </summary>
public static class SearchScope
{
    public const string Marker = "data-pagefind-body";

    /// <summary>
    /// A glob for Pagefind's <c>--glob</c>, or null to let it read everything: when a layout or partial carries the marker (it could
    /// be on any page), when a marked page lies at the site's root, when no template marks anything (Pagefind then indexes every
    /// page), or when input/static/ holds HTML of its own.
    /// </summary>
    public static string? Glob(ThemeFiles theme, IEnumerable<PlannedPage> pages, IEnumerable<StaticFile> staticFiles)
    {
        var marking = theme.Templates.Values.Where(t => t.Source.Contains(Marker, StringComparison.Ordinal)).Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        if (marking.Count == 0 || marking.Any(name => !name.StartsWith("pages/", StringComparison.Ordinal))) return null;
        if (staticFiles.Any(s => Validation.StaticFileValidator.IsHtmlPage(s.OutputPath))) return null;

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => marking.Contains(p.Template)))
        {
            var slash = page.OutputPath.IndexOf('/');
            // Folder names are slugs; anything else could mean something to the glob, so it is not narrowed.
            if (slash <= 0 || !Slug.IsValid(page.OutputPath[..slash])) return null;
            folders.Add(page.OutputPath[..slash]);
        }
        return folders.Count switch
        {
            0 => null,
            1 => $"{folders.Min}/**/*.html",
            _ => "{" + string.Join(",", folders) + "}/**/*.html",
        };
    }
}
