using System.Collections.Concurrent;
using System.Text.Json;

namespace Explainer.Rendering;

/// <summary>
/// Matches the theme's snake_case names (<c>page.published_date</c>) to the view models' members (<c>PublishedDate</c>), as
/// Fluid's own snake-case comparer does, but cheaply. Fluid compares every variable of every scope through this comparer,
/// and nearly every comparison is between two different names ("e" against a loop's "item"): its own comparer converts both
/// names at each one (~360 MB of strings in a 10,000-entry build), and looking both up in a cache of converted names was
/// still ~10% of rendering.
/// </summary>
/// <remarks>
/// Snake-casing (<see cref="JsonNamingPolicy.SnakeCaseLower"/>) only lower-cases letters, adds or removes separators and
/// spaces, and keeps every other letter and digit in order. So two names whose letters and digits differ, ignoring case,
/// have different snake-case forms: that settles a mismatch without converting anything, and hashing those letters and
/// digits gives equal names equal hashes. Only names that pass this test are converted and compared exactly.
/// <c>SnakeCaseNamesTests</c> checks both claims against the policy itself.
/// </remarks>
public sealed class SnakeCaseNames : StringComparer
{
    public static SnakeCaseNames Instance { get; } = new();

    // Names are the theme's variables and the view models' members: a few hundred. The bound only guards against a
    // theme that makes names up as it goes; past it, names are converted each time, as Fluid's comparer does.
    private const int MaxRemembered = 4096;
    private readonly ConcurrentDictionary<string, string> _snakeCase = new(Ordinal);

    private SnakeCaseNames() { }

    public override int Compare(string? x, string? y) =>
        string.CompareOrdinal(x is null ? null : SnakeCase(x), y is null ? null : SnakeCase(y));

    public override bool Equals(string? x, string? y) =>
        string.Equals(x, y, StringComparison.Ordinal) ||
        x is not null && y is not null && SameLettersAndDigits(x, y) && string.Equals(SnakeCase(x), SnakeCase(y), StringComparison.Ordinal);

    public override int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = new HashCode();
        foreach (var c in obj)
        {
            if (char.IsLetterOrDigit(c)) hash.Add(char.ToLowerInvariant(c));
        }
        return hash.ToHashCode();
    }

    /// <summary>Whether the two names hold the same letters and digits in the same order, ignoring case and everything else.</summary>
    private static bool SameLettersAndDigits(string x, string y)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsLetterOrDigit(x[i])) i++;
            while (j < y.Length && !char.IsLetterOrDigit(y[j])) j++;
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (char.ToLowerInvariant(x[i++]) != char.ToLowerInvariant(y[j++])) return false;
        }
    }

    private string SnakeCase(string name)
    {
        if (_snakeCase.TryGetValue(name, out var known)) return known;
        var converted = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
        if (_snakeCase.Count < MaxRemembered) _snakeCase.TryAdd(name, converted);
        return converted;
    }
}
