using System.Collections.Concurrent;
using System.Text.Json;

namespace Explainer.Rendering;

/// <summary>
/// Matches the theme's snake_case names (<c>page.published_date</c>) to the view models' members (<c>PublishedDate</c>), as
/// Fluid's own snake-case comparer does, but works out each name's snake-case form once. Fluid looks every variable up in
/// its scopes through this comparer, and its own converts the name again at each lookup: ~360 MB of strings in a
/// 10,000-entry build.
/// </summary>
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
        x is not null && y is not null && string.Equals(SnakeCase(x), SnakeCase(y), StringComparison.Ordinal);

    public override int GetHashCode(string obj) => SnakeCase(obj).GetHashCode();

    private string SnakeCase(string name)
    {
        if (_snakeCase.TryGetValue(name, out var known)) return known;
        var converted = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
        if (_snakeCase.Count < MaxRemembered) _snakeCase.TryAdd(name, converted);
        return converted;
    }
}
