namespace Explainer.Output;

/// <summary>
/// The folders a build owns for one <c>--output</c>: the output folder itself, and beside it the staging folder where the next
/// site is assembled (after a build it holds the previous site, which the next build updates instead of starting from nothing).
/// </summary>
public sealed record OutputFolders(string Given, string Output, string Staging)
{
    public const string StagingSuffix = ".staging";

    /// <summary>Full paths for the <c>--output</c> value; call <see cref="OutputGuard.Problem"/> first, which rejects unusable values.</summary>
    public static OutputFolders For(string given)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
        return new OutputFolders(given, output, output + StagingSuffix);
    }

    /// <summary>Where the output folder waits during the fallback swap, on systems that cannot exchange two folders in one step.</summary>
    public string Swapping => Output + ".swapping";

    /// <summary>The staging folder as the user would type it, for messages.</summary>
    public string GivenStaging => Path.TrimEndingDirectorySeparator(Given) + StagingSuffix;
}
