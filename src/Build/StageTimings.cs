using System.Diagnostics;

namespace Explainer.Build;

/// <summary>
/// Wall-clock time of each stage of one build, in the order they ran (Hugo's and Zola's step timing): <c>build --verbose</c> and
/// <c>benchmark</c> print it, so a performance discussion starts from where the time went. Marked by the orchestrator's thread only.
/// </summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan Paused)> _stages = [];
    private TimeSpan _last;
    private TimeSpan _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private TimeSpan _pausedBefore = GC.GetTotalPauseDuration();

    /// <summary>Records that <paramref name="stage"/> ended now; its time is what passed since the previous mark.</summary>
    public void Mark(string stage)
    {
        var now = _clock.Elapsed;
        // Allocation is most of this generator's cost (the collector's clearing and paging), so each stage shows its share.
        var allocated = GC.GetTotalAllocatedBytes();
        // CPU time of all threads: a stage with CPU time near twice its wall time kept both of a 2-CPU machine's cores busy.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        // The collector's pauses stop every thread: a stage whose pause is a large share of its time keeps too much alive.
        var paused = GC.GetTotalPauseDuration();
        _stages.Add((stage, now - _last, cpu - _cpuBefore, allocated - _allocatedBefore, paused - _pausedBefore));
        _pausedBefore = paused;
        _last = now;
        _cpuBefore = cpu;
        _allocatedBefore = allocated;
    }

    /// <summary>One line: <c>load 812 ms (cpu 1400) 95 MB gc 120 · …</c> (wall time, CPU time of all threads, bytes allocated by any thread, and the collector's pauses in ms, while the stage ran).</summary>
    public override string ToString() =>
        string.Join(" · ", _stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:F0} ms (cpu {s.Cpu.TotalMilliseconds:F0}) {s.Allocated / 1_048_576:N0} MB{(s.Paused.TotalMilliseconds >= 1 ? $" gc {s.Paused.TotalMilliseconds:F0}" : "")}")) +
        $" ({GC.GetTotalAllocatedBytes() / 1_048_576:N0} MB allocated, garbage collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} by generation, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; " +
        $"{System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)";
}
