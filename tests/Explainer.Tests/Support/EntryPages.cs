namespace Explainer.Tests.Support;

/// <summary>Which output files are entry pages: everything under entries/ but the folder's own page of ways to find them.</summary>
public static class EntryPages
{
    public static bool Is(string path) => path.StartsWith("entries/", StringComparison.Ordinal) && path != "entries/index.html";
}
