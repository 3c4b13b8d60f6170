using System.Globalization;
using System.Runtime.InteropServices;

namespace Explainer.Build;

/// <summary>
/// Lets Linux back the garbage collector's heap with 2 MB pages (transparent huge pages) instead of 4 KB ones, once, at start-up.
/// A 10,000-entry build touches ~450 MB of heap for the first time, and each 4 KB page touched costs a page fault (~13 µs on this
/// project's virtual machines: ~115,000 faults, a quarter of the build's CPU time; README, "Memory is time"). With 2 MB pages the
/// same build takes ~13,000 faults and a fifth less time.
/// </summary>
/// <remarks>
/// The collector reserves its whole range (256 GB) as inaccessible memory and makes it writable 64 KB at a time as the heap grows,
/// marking each piece for core dumps as it goes. Every such step splits the kernel's mapping where the heap is growing, so a 2 MB
/// page never fits and <c>MADV_HUGEPAGE</c> alone gives nothing (measured: 2 MB of huge pages in a 480 MB heap). Making the start
/// of the range writable and dumpable at once, as the collector would later, leaves one mapping the collector's own steps do not
/// split; nothing is touched, so no memory is used until the collector uses it, and the collector's assumption that memory it
/// commits is zeroed still holds. Only done where it is safe to change: Linux on x64 or Arm64, transparent huge pages not off and
/// 2 MB, memory not strictly accounted (<c>vm.overcommit_memory</c> 2), and the range found exactly.
/// <c>EXPLAINER_HEAP_PAGES=small</c> turns it off.
/// </remarks>
public static class HeapPages
{
    /// <summary>What start-up did, for <c>build --verbose</c>: "2 MB pages for the first 8,192 MB of the heap" or why not.</summary>
    public static string Outcome { get; private set; } = "small pages (not asked)";

    private const string OffSwitch = "EXPLAINER_HEAP_PAGES";
    private const long MostToAdvise = 8L << 30;
    private const long LargestPage = 2L << 20;
    private const int ReadWrite = 3; // PROT_READ | PROT_WRITE
    private const int HugePage = 14; // MADV_HUGEPAGE
    private const int DumpAgain = 17; // MADV_DODUMP

    /// <summary>Asks for 2 MB pages where it is safe; says in <see cref="Outcome"/> what happened. Never throws.</summary>
    public static void UseLargePages()
    {
        try
        {
            Outcome = TryUseLargePages();
        }
        catch (Exception e)
        {
            // Only an optimisation: whatever fails here, the program runs as it would without it.
            Outcome = $"small pages ({e.GetType().Name}: {e.Message})";
        }
    }

    private static string TryUseLargePages()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture is not (Architecture.X64 or Architecture.Arm64))
            return "small pages (2 MB pages are asked for on Linux only)";
        if (Environment.GetEnvironmentVariable(OffSwitch) is "small") return $"small pages ({OffSwitch}=small)";
        var enabled = ReadSetting("/sys/kernel/mm/transparent_hugepage/enabled");
        if (enabled is null || enabled.Contains("[never]")) return "small pages (the system's transparent huge pages are off)";
        if (ReadSetting("/proc/sys/vm/overcommit_memory")?.Trim() == "2") return "small pages (vm.overcommit_memory is 2)";
        var pageSize = long.TryParse(ReadSetting("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size")?.Trim(), out var size) ? size : 2L << 20;
        // Arm64 kernels with 64 KB pages make huge pages of 512 MB: a small site would hold half a gigabyte for its first object.
        if (pageSize > LargestPage) return $"small pages (the system's huge pages are {pageSize >> 20} MB)";
        var reserved = GC.GetConfigurationVariables().TryGetValue("GCRegionRange", out var range) ? Convert.ToInt64(range, CultureInfo.InvariantCulture) : 0;
        if (reserved <= 0) return "small pages (the collector reserves no range of regions)";

        // Any new object lies in the collector's range: it is how the range's mapping is told from every other.
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        long inside;
        try { inside = handle.AddrOfPinnedObject(); }
        finally { handle.Free(); }

        var most = Math.Min(MostToAdvise, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2);
        var (start, length, refusal) = HeapRange.Find(File.ReadLines("/proc/self/maps"), reserved, inside, most, pageSize);
        if (refusal is not null) return $"small pages ({refusal})";
        if (mprotect((nint)start, (nuint)length, ReadWrite) != 0) return $"small pages (mprotect failed, errno {Marshal.GetLastPInvokeError()})";
        madvise((nint)start, (nuint)length, DumpAgain);
        if (madvise((nint)start, (nuint)length, HugePage) != 0) return $"small pages (madvise failed, errno {Marshal.GetLastPInvokeError()})";
        return $"{pageSize >> 20} MB pages for the first {length >> 20:N0} MB of the heap";
    }

    private static string? ReadSetting(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
