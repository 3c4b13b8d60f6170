namespace Explainer.Tests.Support;

/// <summary>Finds the repository root (the folder with Explainer.csproj) so tests can use input/, theme/ and fixtures wherever they run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Explainer.csproj"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Explainer.csproj not found above " + AppContext.BaseDirectory);
    }
}
