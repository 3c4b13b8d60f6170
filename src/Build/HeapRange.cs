using System.Globalization;

namespace Explainer.Build;

/// <summary>
/// Finds the start of the garbage collector's reserved range in a process's memory map (<c>/proc/self/maps</c>), for
/// <see cref="HeapPages"/>. Kept apart from the system calls so every refusal can be tested on a written map.
/// </summary>
public static class HeapRange
{
    private sealed record Mapping(long Start, long End, string Protection, string Name);

    /// <summary>
    /// The part of the collector's range to make writable and advise: its first <paramref name="most"/> bytes at most, on
    /// <paramref name="pageSize"/> boundaries; or why not. The range is <paramref name="reserved"/> bytes long and holds the address
    /// <paramref name="inside"/>; it ends with its untouched tail, one inaccessible mapping, and everything from its start to that tail
    /// must be anonymous, private memory, writable or inaccessible, with no gap. Anything else is refused: it may not be the collector's.
    /// </summary>
    public static (long Start, long Length, string? Refusal) Find(IEnumerable<string> maps, long reserved, long inside, long most, long pageSize)
    {
        var mappings = maps.Select(Parse).OfType<Mapping>().OrderBy(m => m.Start).ToList();
        // Other inaccessible mappings (guard pages, spare arenas) may end within the range's length above the address too; the
        // range's untouched tail is by far the largest of them.
        var tail = mappings.Where(m => m.Protection == "---p" && IsAnonymous(m) && m.End - reserved <= inside && inside < m.End)
            .MaxBy(m => m.End - m.Start);
        if (tail is null) return (0, 0, "the collector's range was not found in the memory map");

        var begin = tail.End - reserved;
        var covered = begin;
        foreach (var m in mappings.Where(m => m.End > begin && m.Start < tail.End))
        {
            if (m.Start > covered) return (0, 0, "the collector's range has a gap in the memory map");
            if (!IsAnonymous(m) || m.Protection is not ("rw-p" or "---p")) return (0, 0, "the collector's range holds other memory");
            covered = m.End;
        }

        var start = (begin + pageSize - 1) / pageSize * pageSize;
        var length = Math.Min(tail.End - start, most) / pageSize * pageSize;
        return length > 0 ? (start, length, null) : (0, 0, "too little memory to advise");
    }

    // An unnamed mapping, or one named by the process (prctl's "[anon:…]"); files, the stack and "[heap]" are not the collector's.
    private static bool IsAnonymous(Mapping m) => m.Name.Length == 0 || m.Name.StartsWith("[anon:", StringComparison.Ordinal);

    /// <summary>One line: <c>7ee9b0000000-7ee9b0011000 rw-p 00000000 00:00 0    name</c>; null when it is not of that shape.</summary>
    private static Mapping? Parse(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5) return null;
        var dash = fields[0].IndexOf('-');
        if (dash < 0
            || !long.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            return null;
        return new Mapping(start, end, fields[1], fields.Length > 5 ? fields[5].Trim() : "");
    }
}
