using System.Diagnostics;
using Explainer.Search;

namespace Explainer.Tests.Hardening;

/// <summary>Issue 8, point 6: preview's background Pagefind run stops when preview does.</summary>
public class ProcessRunnerTests
{
    [Fact]
    public void A_cancelled_run_kills_the_program_instead_of_waiting_for_it()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var outcome = ProcessRunner.Run("sleep", ["30"], Path.GetTempPath(), TimeSpan.FromMinutes(1), cancellation: cancel.Token);

        Assert.False(outcome.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
