using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Build;

/// <summary>The outcome of generating a site: every diagnostic, and when there were no errors the files written (paths and hashes, not bodies).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SiteFile> Files, BuildStatistics Statistics)
{
    public bool Succeeded => !Diagnostics.HasErrors();

    /// <summary>Which of <see cref="Files"/> are the data downloads (src/Data/): large, and never loaded to show a page.</summary>
    public IReadOnlySet<string> Downloads { get; init; } = new HashSet<string>();

    /// <summary>The files Pagefind has to read (<see cref="Search.SearchScope"/>), or null for all of them.</summary>
    public string? SearchGlob { get; init; }
}

/// <summary>Counts for the build summary line.</summary>
public sealed record BuildStatistics(int Entries, int Parties, int Pages);
