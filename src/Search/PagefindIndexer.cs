using System.Diagnostics;

namespace Explainer.Search;

/// <summary>What indexing produced: the page count and bundle size on success, Pagefind's own output on failure.</summary>
public sealed record SearchIndexResult(bool Succeeded, int Pages, long Bytes, TimeSpan Elapsed, string Problem)
{
    public string Summary => $"Indexed {Pages} page{(Pages == 1 ? "" : "s")} for search in {Elapsed.TotalMilliseconds:0} ms ({Bytes / 1024.0:0.#} KiB in {SearchPaths.Bundle}).";
}

/// <summary>
/// Runs Pagefind over a finished site folder; Pagefind writes its bundle into <c>pagefind/</c> inside it.
/// Which pages and parts of pages are indexed is decided by data-pagefind-* attributes in the theme (see theme/README.md).
/// </summary>
public static class PagefindIndexer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <param name="background">Index at the lowest CPU priority (preview: a save's rebuild must never wait for the index).</param>
    /// <param name="cancellation">Stops Pagefind (preview shutting down); the result then says it failed.</param>
    /// <param name="glob">Which files to read (<see cref="SearchScope"/>); null reads every HTML file of the site.</param>
    /// <param name="inPathOrder">Let Pagefind read the pages in path order (<see cref="PathOrderedView"/>), so the bundle is the same
    /// bytes whatever order the file system lists them in (builds; preview's background index does not need it).</param>
    public static SearchIndexResult Index(string binary, string siteFolder, string? glob = null, bool background = false,
        CancellationToken cancellation = default, bool inPathOrder = false)
    {
        siteFolder = Path.GetFullPath(siteFolder);
        var clock = Stopwatch.StartNew();
        // Run from the site's parent: Pagefind reads pagefind.yml/toml from its working folder, and the site
        // folder itself holds untrusted files from input/static/ that must not configure the indexer.
        var workingFolder = Path.GetDirectoryName(siteFolder)!;
        ProcessRunner.Outcome run;
        using (var view = inPathOrder ? PathOrderedView.Create(siteFolder) : null)
        {
            // Read from the view, the bundle written into the site: page addresses are paths relative to the folder read, the same in both.
            string[] read = view is null
                ? ["--site", siteFolder, "--output-subdir", SearchPaths.Bundle.TrimEnd('/')]
                : ["--site", view.Folder, "--output-path", Path.Combine(siteFolder, SearchPaths.Bundle.TrimEnd('/'))];
            string[] arguments = [.. read, "--quiet", .. glob is null ? [] : new[] { "--glob", glob }];
            run = ProcessRunner.Run(binary, arguments, workingFolder, Timeout, background, cancellation);
        }
        clock.Stop();

        if (!run.Succeeded)
        {
            var why = run.TimedOut ? $"timed out after {Timeout.TotalMinutes:0} minutes" : $"exited with code {run.ExitCode}";
            return new SearchIndexResult(false, 0, 0, clock.Elapsed, $"Pagefind ({binary}) {why}:\n{run.Tail()}");
        }

        var bundle = Path.Combine(siteFolder, SearchPaths.Bundle);
        if (!Directory.Exists(bundle))
            return new SearchIndexResult(false, 0, 0, clock.Elapsed, $"Pagefind ({binary}) succeeded but wrote no {SearchPaths.Bundle} folder:\n{run.Tail()}");

        var files = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).ToList();
        var pages = PagesIndexed(bundle) ?? files.Count(f => f.EndsWith(".pf_fragment", StringComparison.Ordinal));
        var bytes = files.Sum(f => new FileInfo(f).Length);
        return new SearchIndexResult(true, pages, bytes, clock.Elapsed, "");
    }

    /// <summary>The pages Pagefind says it indexed (<c>page_count</c> of each language in pagefind-entry.json), or null if it does not say.</summary>
    /// <remarks>Not the fragment files: preview indexes into the bundle it served, where a changed page's earlier fragment stays behind.</remarks>
    private static int? PagesIndexed(string bundle)
    {
        try
        {
            using var entry = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "pagefind-entry.json")));
            if (!entry.RootElement.TryGetProperty("languages", out var languages) || languages.ValueKind != System.Text.Json.JsonValueKind.Object) return null;
            var pages = 0;
            foreach (var language in languages.EnumerateObject())
            {
                if (!language.Value.TryGetProperty("page_count", out var count) || !count.TryGetInt32(out var n)) return null;
                pages += n;
            }
            return pages;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
