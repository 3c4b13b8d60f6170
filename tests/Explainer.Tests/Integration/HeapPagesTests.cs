using System.Runtime.InteropServices;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// The real executable asks for 2 MB pages for the collector's heap at start-up (<c>Build/HeapPages.cs</c>), says so in
/// <c>build --verbose</c>, and builds the same bytes either way.
/// </summary>
public class HeapPagesTests
{
    [Fact]
    public void A_build_with_2_MB_pages_says_so_and_writes_the_same_site_as_one_without()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepositoryPaths.Input, "input");
        folder.CopyFrom(RepositoryPaths.Theme, "theme");

        var (largeExit, large) = ExplainerProcess.Run(folder.Path, ["build", "--input", "input", "--theme", "theme", "--output", "large", "--no-search", "--verbose"]);
        var (smallExit, small) = ExplainerProcess.Run(folder.Path, new Dictionary<string, string> { ["EXPLAINER_HEAP_PAGES"] = "small" },
            ["build", "--input", "input", "--theme", "theme", "--output", "small", "--no-search", "--verbose"]);

        Assert.True(largeExit == 0, large);
        Assert.True(smallExit == 0, small);
        Assert.Contains("small pages (EXPLAINER_HEAP_PAGES=small)", small);
        if (SystemOffersLargePages) Assert.Contains("MB pages for the first", large);
        else Assert.Matches(@"small pages \(.+\)", large);
        Assert.Equal(Folders.Hashes(folder["small"]), Folders.Hashes(folder["large"]));
    }

    /// <summary>Where the generator should get them: Linux on x64 or Arm64, transparent huge pages not off, memory not strictly accounted.</summary>
    private static bool SystemOffersLargePages =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture is Architecture.X64 or Architecture.Arm64
        && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
        && !File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]")
        && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() != "2";
}
