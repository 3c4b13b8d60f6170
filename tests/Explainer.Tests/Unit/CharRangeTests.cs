using System.Text.RegularExpressions;
using Explainer.Content;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>
/// <see cref="CharRange"/> finds what the range searches of <see cref="MemoryExtensions"/> find, and src/ uses it instead of them
/// (in the precompiled image they box on every call; see <see cref="CharRange"/>).
/// </summary>
public partial class CharRangeTests
{
    [Theory]
    [InlineData('\u0020', '\uD7FF')]
    [InlineData('\u202A', '\u2069')]
    [InlineData('\0', '\u007F')]
    [InlineData('a', 'a')]
    [InlineData('\uD800', '\uFFFF')]
    public void A_range_finds_what_the_range_searches_find(char first, char last)
    {
        var range = CharRange.Of(first, last);
        // Characters in, at and around the range's ends, and a few from anywhere.
        char[] near = [first, last, (char)Math.Max(0, first - 1), (char)Math.Min(0xFFFF, last + 1), (char)((first + last) / 2), ' ', '\n', 'é', '\u202E', '\uFFFE'];
        var random = new Random(first * 65_536 + last);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => random.Next(4) == 0 ? (char)random.Next(0x10000) : near[random.Next(near.Length)]).ToArray());
            Assert.Equal(text.AsSpan().IndexOfAnyInRange(first, last), text.AsSpan().IndexOfAny(range));
            Assert.Equal(text.AsSpan().IndexOfAnyExceptInRange(first, last), text.AsSpan().IndexOfAnyExcept(range));
        }
    }

    [Fact]
    public void Several_ranges_and_single_characters_make_one_set()
    {
        var set = CharRange.Of([('\0', '\u001F'), ('\u007F', '\u009F')], "*_");
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var expected = c <= 0x1F || c is >= 0x7F and <= 0x9F || c is '*' or '_';
            Assert.True(set.Contains((char)c) == expected, $"U+{c:X4}");
        }
    }

    [Fact]
    public void An_empty_range_is_refused() =>
        Assert.Throws<ArgumentException>(() => CharRange.Of('b', 'a'));

    [Fact]
    public void The_generator_searches_ranges_through_CharRange()
    {
        var uses = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Line: i + 1, Text: line)))
            .Where(l => RangeSearch().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//") && !l.Text.TrimStart().StartsWith("///"))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(uses.Count == 0, "use CharRange.Of(…) with IndexOfAny/IndexOfAnyExcept/ContainsAny instead of:\n" + string.Join("\n", uses));
    }

    [GeneratedRegex(@"\.(Last)?(IndexOfAny|IndexOfAnyExcept|ContainsAny|ContainsAnyExcept)InRange\(")]
    private static partial Regex RangeSearch();
}
