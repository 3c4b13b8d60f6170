using System.Buffers;
using System.Runtime.InteropServices;

namespace Explainer.Content;

/// <summary>
/// Ranges of UTF-16 code units as <see cref="SearchValues{T}"/>, for the searches that <c>IndexOfAnyInRange</c>,
/// <c>IndexOfAnyExceptInRange</c> and <c>ContainsAnyInRange</c> would do over text. In the precompiled Release image those
/// methods, taken over char, box on every call (96 bytes, whatever the text; none when compiled at run time): ~120 MB of a
/// 10,000-entry build's allocations, one for every line of every input file. A range as <see cref="SearchValues{T}"/> finds
/// the same characters, vectorised, and allocates nothing. <c>CharRangeTests</c> compares the two and keeps src/ off those methods.
/// </summary>
public static class CharRange
{
    /// <summary>Every character from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static SearchValues<char> Of(char first, char last) => Of([(first, last)]);

    /// <summary>Every character of each range, from its first to its last, both included, and every one of <paramref name="more"/>.</summary>
    public static SearchValues<char> Of(ReadOnlySpan<(char First, char Last)> ranges, string more = "")
    {
        // Marked in a table of every code unit, then listed in order: sorted and without repeats, in linear time (sorting the
        // 55,000 characters of a wide range took ~7 ms, at start-up).
        var marked = new bool[char.MaxValue + 1];
        foreach (var c in more) marked[c] = true;
        foreach (var (first, last) in ranges)
        {
            if (first > last) throw new ArgumentException($"the range U+{(int)first:X4}..U+{(int)last:X4} is empty", nameof(ranges));
            marked.AsSpan(first, last - first + 1).Fill(true);
        }
        var characters = new List<char>();
        for (var c = 0; c < marked.Length; c++)
        {
            if (marked[c]) characters.Add((char)c);
        }
        return SearchValues.Create(CollectionsMarshal.AsSpan(characters));
    }
}
