namespace Explainer.Tests.Support;

/// <summary>Where the browser tests find Debian's chromium, and what to say when it is missing.</summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must prove the browser tests ran, so there a missing browser fails instead of skipping.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string InstallHint = "install it with 'apt-get install -y chromium' (or run 'bash .ci/run', which does), or set CHROMIUM_PATH";
}

/// <summary>A fact that needs chromium: skipped with a clear reason on a machine without it, failed under CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.MustRun)
            Skip = $"chromium not found at {Chromium.ExecutablePath}: {Chromium.InstallHint}";
    }
}
