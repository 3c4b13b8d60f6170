using System.Buffers;

namespace Explainer.Content;

/// <summary>
/// The invisible characters that override or embed text direction (U+202A–U+202E, U+2066–U+2069). They make a line display in
/// another order than it is written, so a title can read one way in a pull request and another way on the site ("Trojan Source").
/// Right-to-left words need none of them: browsers order Arabic or Hebrew by themselves.
/// </summary>
public static class DirectionControls
{
    // Every control lies in U+202A..U+2069, which ordinary text hardly touches.
    private static readonly SearchValues<char> NearControls = CharRange.Of('\u202A', '\u2069');

    /// <summary>The index of the first direction control in <paramref name="text"/>, or -1.</summary>
    public static int Find(string text)
    {
        // One search for the whole range, then a look at what it found: ordinary text seldom has anything in it. (A search for
        // the nine characters themselves once took a slow generic path, ~3.5% of a 10,000-entry build's CPU.)
        for (var at = 0; at < text.Length; at++)
        {
            var skip = text.AsSpan(at).IndexOfAny(NearControls);
            if (skip < 0) return -1;
            at += skip;
            if (IsControl(text[at])) return at;
        }
        return -1;
    }

    private static bool IsControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>How a control is named in messages: U+202E (right-to-left override).</summary>
    public static string Name(char c) => c switch
    {
        '\u202A' => "U+202A (left-to-right embedding)",
        '\u202B' => "U+202B (right-to-left embedding)",
        '\u202C' => "U+202C (pop directional formatting)",
        '\u202D' => "U+202D (left-to-right override)",
        '\u202E' => "U+202E (right-to-left override)",
        '\u2066' => "U+2066 (left-to-right isolate)",
        '\u2067' => "U+2067 (right-to-left isolate)",
        '\u2068' => "U+2068 (first strong isolate)",
        '\u2069' => "U+2069 (pop directional isolate)",
        _ => XmlCharacters.Name(c),
    };
}
