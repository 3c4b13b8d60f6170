using Explainer.Build;

namespace Explainer.Tests.Unit;

/// <summary>
/// <see cref="HeapRange"/> on memory maps shaped like a real build's (<c>/proc/self/maps</c> of the precompiled build, addresses
/// kept): only the collector's own range is ever made writable, and anything unexpected is refused.
/// </summary>
public class HeapRangeTests
{
    private const long Reserved = 256L << 30;
    private const long TwoMegabytes = 2L << 20;
    private const long Most = 8L << 30;
    private const long RangeStart = 0x7f02c8000000;
    private const long Probe = 0x7f02c8000100;

    private static readonly string[] Map =
    [
        "55d0a0000000-55d0a0300000 rw-p 00000000 00:00 0                          [heap]",
        "7f02b6bcd000-7f02b6bce000 ---p 00000000 00:00 0 ",
        "7f02b6bce000-7f02b73ce000 rw-p 00000000 00:00 0 ",
        "7f02c7481000-7f02c8000000 ---p 00000000 00:00 0 ",
        // The collector's range: regions made writable at start-up, then the untouched tail up to start + 256 GB.
        "7f02c8000000-7f02c8011000 rw-p 00000000 00:00 0 ",
        "7f02c8011000-7f02ca000000 ---p 00000000 00:00 0 ",
        "7f02ca000000-7f02ca001000 rw-p 00000000 00:00 0 ",
        "7f02ca001000-7f42c8000000 ---p 00000000 00:00 0 ",
        // A C library arena right above it: its spare part is inaccessible too, and ends within 256 GB of the probe.
        "7f42c8000000-7f42c8021000 rw-p 00000000 00:00 0 ",
        "7f42c8021000-7f42ca000000 ---p 00000000 00:00 0 ",
        "7f42d0000000-7f42d0100000 r-xp 00000000 fe:00 131095                     /usr/lib/x86_64-linux-gnu/libc.so.6",
        "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]",
        "",
    ];

    [Fact]
    public void The_collectors_range_is_found_from_its_untouched_tail_and_an_object_inside_it()
    {
        var (start, length, refusal) = HeapRange.Find(Map, Reserved, Probe, Most, TwoMegabytes);

        Assert.Null(refusal);
        Assert.Equal(RangeStart, start);
        Assert.Equal(Most, length);
    }

    [Fact]
    public void Less_than_the_most_is_advised_when_the_range_is_shorter_and_in_whole_pages()
    {
        var (start, length, refusal) = HeapRange.Find(Map, Reserved, Probe, (3L << 20) + 1, TwoMegabytes);

        Assert.Null(refusal);
        Assert.Equal(RangeStart, start);
        Assert.Equal(TwoMegabytes, length);
    }

    [Fact]
    public void A_range_that_starts_between_pages_is_advised_from_the_next_page()
    {
        // The same range, 4 KB later: the first whole 2 MB page starts 2 MB in.
        var shifted = Map.Select(line => line.Replace("7f02c8000000-7f02c8011000", "7f02c8001000-7f02c8011000")
            .Replace("7f02ca001000-7f42c8000000", "7f02ca001000-7f42c8001000")
            .Replace("7f42c8000000-7f42c8021000", "7f42c8001000-7f42c8021000")).ToArray();

        var (start, _, refusal) = HeapRange.Find(shifted, Reserved, Probe + 0x1000, Most, TwoMegabytes);

        Assert.Null(refusal);
        Assert.Equal(RangeStart + TwoMegabytes, start);
    }

    [Fact]
    public void Without_the_ranges_tail_a_smaller_inaccessible_mapping_above_is_not_taken_for_it()
    {
        AssertRefused("the collector's range has a gap in the memory map", Without("7f02ca001000-"));
    }

    [Fact]
    public void A_file_mapped_inside_the_range_is_refused()
    {
        var withFile = Map.Select(line => line.StartsWith("7f02c8011000-", StringComparison.Ordinal)
            ? "7f02c8011000-7f02ca000000 r--s 00000000 fe:00 350922                     /usr/share/dotnet/System.Private.CoreLib.dll"
            : line).ToArray();

        AssertRefused("the collector's range holds other memory", withFile);
    }

    [Fact]
    public void A_gap_inside_the_range_is_refused()
    {
        AssertRefused("the collector's range has a gap in the memory map", Without("7f02c8011000-"));
    }

    [Fact]
    public void An_address_outside_every_inaccessible_mapping_is_refused()
    {
        AssertRefused("the collector's range was not found in the memory map", Map, probe: 0x55d0a0000100);
    }

    /// <summary>The map without the mapping that starts at <paramref name="start"/> (e.g. <c>"7f02c8011000-"</c>).</summary>
    private static string[] Without(string start) => Map.Where(line => !line.StartsWith(start, StringComparison.Ordinal)).ToArray();

    /// <summary>Nothing is advised, for the reason given.</summary>
    private static void AssertRefused(string why, string[] map, long probe = Probe)
    {
        var (_, length, refusal) = HeapRange.Find(map, Reserved, probe, Most, TwoMegabytes);

        Assert.Equal(0, length);
        Assert.Equal(why, refusal);
    }
}
