namespace Explainer.Search;

/// <summary>Where the search index lives in the built site: Pagefind's bundle folder, relative to the site root.</summary>
public static class SearchPaths
{
    public const string Bundle = "pagefind/";
}
