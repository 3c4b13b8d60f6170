using System.Runtime.InteropServices;

namespace Explainer.Search;

/// <summary>Where the Pagefind binary is, or why there is none (then search is left out of the build with one warning).</summary>
public sealed record PagefindLocation(string? Binary, string? Problem)
{
    public static PagefindLocation Found(string binary) => new(binary, null);

    public static PagefindLocation Missing(string problem) => new(null, problem);
}

/// <summary>
/// Finds the pinned Pagefind binary: <c>PAGEFIND_BINARY_PATH</c> if set, else the platform package that
/// <c>npm ci</c> puts under node_modules/@pagefind/ beside the repository's package.json. When it is missing and npm
/// is on PATH, installs it with <c>npm ci</c> first, so a newcomer needs nothing but <c>dotnet run</c>.
/// </summary>
public static class PagefindLocator
{
    public const string PinnedVersion = "1.6.0";
    public const string BinaryPathVariable = "PAGEFIND_BINARY_PATH";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    // Two builds in one process (the tests) must not run 'npm ci' in the same folder at once.
    private static readonly Lock InstallLock = new();

    private const string EnableHint =
        $"install Node.js (npm) and build again, which installs Pagefind {PinnedVersion} with 'npm ci'; or set {BinaryPathVariable} to a Pagefind {PinnedVersion} binary; --no-search silences this";

    /// <param name="info">Progress messages (the one-off npm install).</param>
    /// <param name="environment">Reads environment variables; tests pass their own.</param>
    public static PagefindLocation Locate(Action<string> info, Func<string, string?>? environment = null)
    {
        var configured = (environment ?? Environment.GetEnvironmentVariable)(BinaryPathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? PagefindLocation.Found(Path.GetFullPath(configured))
                : PagefindLocation.Missing($"search was not built: {BinaryPathVariable} is '{configured}', which does not exist (unset it to use the npm package, or fix the path)");
        }

        var toolRoot = FindToolRoot();
        if (toolRoot is null)
            return PagefindLocation.Missing($"search was not built: no package.json pinning Pagefind was found above '{Environment.CurrentDirectory}'; {EnableHint}");

        lock (InstallLock) return FindOrInstall(toolRoot, info);
    }

    private static PagefindLocation FindOrInstall(string toolRoot, Action<string> info)
    {
        var installed = InstalledBinary(toolRoot);
        if (installed is not null) return PagefindLocation.Found(installed);

        var npm = ProcessRunner.FindOnPath("npm");
        if (npm is null)
            return PagefindLocation.Missing($"search was not built: Pagefind is not installed and npm was not found; {EnableHint}");

        info($"Installing Pagefind {PinnedVersion} with 'npm ci' (first build only)…");
        var install = ProcessRunner.Run(npm, ["ci", "--no-audit", "--no-fund"], toolRoot, InstallTimeout);
        if (!install.Succeeded)
        {
            var why = install.TimedOut ? $"timed out after {InstallTimeout.TotalMinutes:0} minutes" : $"exited with code {install.ExitCode}";
            return PagefindLocation.Missing($"search was not built: 'npm ci' in {toolRoot} {why}:\n{install.Tail()}\n{EnableHint}");
        }

        installed = InstalledBinary(toolRoot);
        return installed is not null
            ? PagefindLocation.Found(installed)
            : PagefindLocation.Missing($"search was not built: 'npm ci' succeeded but node_modules/@pagefind/{PlatformPackage()}/ has no Pagefind binary (is this platform supported?); {EnableHint}");
    }

    /// <summary>The folder whose package.json pins Pagefind: searched upwards from the working folder, then from the program's own folder.</summary>
    public static string? FindToolRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var manifest = Path.Combine(folder.FullName, "package.json");
                if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"pagefind\"", StringComparison.Ordinal))
                    return folder.FullName;
            }
        }
        return null;
    }

    /// <summary>The binary npm installed for this platform, preferring the extended build (it also segments Chinese and Japanese text).</summary>
    public static string? InstalledBinary(string toolRoot)
    {
        var bin = Path.Combine(toolRoot, "node_modules", "@pagefind", PlatformPackage(), "bin");
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return new[] { "pagefind_extended", "pagefind" }
            .Select(name => Path.Combine(bin, name + suffix))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The npm package name suffix Pagefind uses for this machine, e.g. linux-x64 (as in its resolveBinary.js).</summary>
    public static string PlatformPackage()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"{os}-{cpu}";
    }
}
