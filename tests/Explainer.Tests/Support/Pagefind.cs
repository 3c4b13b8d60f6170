using Explainer.Search;

namespace Explainer.Tests.Support;

/// <summary>Whether the search tests can get a Pagefind binary (already installed, PAGEFIND_BINARY_PATH, or npm to install it).</summary>
public static class Pagefind
{
    public static bool CanRun =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PagefindLocator.BinaryPathVariable))
        || (PagefindLocator.FindToolRoot() is { } root && PagefindLocator.InstalledBinary(root) is not null)
        || ProcessRunner.FindOnPath("npm") is not null;

    public const string InstallHint = "install Node.js and run 'npm ci' at the repository root (the build also does this itself when npm is on PATH), or set PAGEFIND_BINARY_PATH";

    /// <summary>The binary for tests that call Pagefind directly; under CI a missing one fails the test with the hint.</summary>
    public static string Binary()
    {
        var location = PagefindLocator.Locate(_ => { });
        return location.Binary ?? throw new InvalidOperationException($"{location.Problem}\n{InstallHint}");
    }
}

/// <summary>A fact that needs Pagefind: skipped with a reason on a machine that cannot get it, failed under CI=true.</summary>
public sealed class PagefindFactAttribute : FactAttribute
{
    public PagefindFactAttribute()
    {
        if (!Pagefind.CanRun && !Chromium.MustRun) Skip = $"Pagefind is not available: {Pagefind.InstallHint}";
    }
}

/// <summary>A browser fact that also needs Pagefind: skipped with a reason without either, failed under CI=true.</summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute()
    {
        if (Chromium.MustRun) return;
        if (!Chromium.IsInstalled) Skip = $"chromium not found at {Chromium.ExecutablePath}: {Chromium.InstallHint}";
        else if (!Pagefind.CanRun) Skip = $"Pagefind is not available: {Pagefind.InstallHint}";
    }
}
