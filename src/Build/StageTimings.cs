using System.Diagnostics;

namespace Explainer.Build;

/// <summary>
/// Wall-clock time of each stage of one build, in the order they ran (Hugo's and Zola's step timing): <c>build --verbose</c> and
/// <c>benchmark</c> print it, so a performance discussion starts from where the time went. Marked by the orchestrator's thread only.
/// </summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan Paused, long? Faults, long Resident)> _stages = [];
    private TimeSpan _last;
    private TimeSpan _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private long? _faultsBefore = PageFaults();

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
        // Memory this process touches for the first time costs dear on this project's virtual machines (README, "Memory is time"):
        // the page faults and the resident size at the stage's end show which stage grew the process, not just what it allocated.
        var faults = PageFaults();
        _stages.Add((stage, now - _last, cpu - _cpuBefore, allocated - _allocatedBefore, paused - _pausedBefore, faults - _faultsBefore, Environment.WorkingSet));
        _faultsBefore = faults;
        _pausedBefore = paused;
        _last = now;
        _cpuBefore = cpu;
        _allocatedBefore = allocated;
    }

    /// <summary>
    /// One line: <c>load 812 ms (cpu 1400) 95 MB gc 120 faults 30k rss 178 MB · …</c> (wall time, CPU time of all threads, bytes
    /// allocated by any thread, the collector's pauses in ms, and the page faults while the stage ran (Linux only); the process's
    /// resident memory when it ended).
    /// </summary>
    public override string ToString() =>
        string.Join(" · ", _stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:F0} ms (cpu {s.Cpu.TotalMilliseconds:F0}) {s.Allocated / 1_048_576:N0} MB" +
            $"{(s.Paused.TotalMilliseconds >= 1 ? $" gc {s.Paused.TotalMilliseconds:F0}" : "")}{(s.Faults is { } f ? $" faults {f / 1000:N0}k" : "")} rss {s.Resident / 1_048_576:N0} MB")) +
        $" ({GC.GetTotalAllocatedBytes() / 1_048_576:N0} MB allocated, garbage collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} by generation, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; " +
        $"{System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms; {HeapPages.Outcome})";

    /// <summary>The page faults this process has taken that needed no disk read (<c>minflt</c> of <c>/proc/self/stat</c>); null where there is no such file.</summary>
    private static long? PageFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // The fields after the command name, which is in parentheses and may hold spaces: state is the first, minflt the eighth.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.TryParse(fields[7], out var faults) ? faults : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
