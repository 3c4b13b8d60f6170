namespace Explainer.Preview;

/// <summary>
/// The seam where search indexing joins preview: <see cref="AfterRebuild"/> runs in the background after every successful rebuild
/// (after the reload signal, so indexing may lag the pages) unless <c>--no-search</c> is given. Until the search index exists it does nothing.
/// </summary>
public static class SearchIndexing
{
    public static Task AfterRebuild(SiteUpdate update, CancellationToken cancellation) => Task.CompletedTask;
}
