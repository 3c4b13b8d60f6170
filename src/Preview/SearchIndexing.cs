using Explainer.Search;

namespace Explainer.Preview;

/// <summary>
/// Search in preview: finds Pagefind once (as <c>build</c> does, installing the pinned version with npm if need be) and returns
/// the after-rebuild step that re-indexes the output folder. It runs in the background after the reload signal, so the index may
/// lag the pages by one indexing run; bursts of rebuilds are merged into one run. Pagefind runs at idle CPU priority, so the
/// next save's rebuild takes the CPU from it rather than waiting.
/// </summary>
public static class SearchIndexing
{
    /// <returns>The step, or null (with the reason passed to <paramref name="warn"/>) when there is no Pagefind.</returns>
    public static Func<SiteUpdate, CancellationToken, Task>? AfterRebuild(Action<string> info, Action<string> warn)
    {
        var location = PagefindLocator.Locate(info);
        if (location.Binary is not { } binary)
        {
            warn(location.Problem!);
            return null;
        }
        return (update, cancellation) =>
        {
            var result = PagefindIndexer.Index(binary, update.OutputFolder, update.SearchGlob, background: true, cancellation);
            cancellation.ThrowIfCancellationRequested();
            if (result.Succeeded) info(result.Summary);
            else warn($"the search index was not updated (pages are): {result.Problem}");
            return Task.CompletedTask;
        };
    }
}
