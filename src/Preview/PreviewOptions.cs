using Explainer.Build;

namespace Explainer.Preview;

/// <summary>
/// How to run preview: what to build, the port (0 picks a free one), how long a burst of saves may pause before the rebuild,
/// what to run after each successful rebuild (search indexing; it runs in the background and may lag the reload), and Host names
/// to accept besides localhost, 127.0.0.1 and [::1].
/// </summary>
public sealed record PreviewOptions(BuildOptions Build, int Port = 5080, TimeSpan? Quiet = null, Func<SiteUpdate, CancellationToken, Task>? AfterRebuild = null,
    IReadOnlyList<string>? Hosts = null)
{
    /// <summary>Long enough to cover an editor's write-rename-write (microseconds to a few milliseconds apart: each step is one
    /// system call on a small file), short enough not to be noticed: every save waits this long before its rebuild starts.
    /// (A burst split in two costs one extra incremental rebuild, nothing else.) It was 60 ms; at 10,000 entries that was a fifth
    /// of the time from save to served page.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(30);

    public TimeSpan QuietPeriod => Quiet ?? DefaultQuietPeriod;
}
