namespace Explainer.Content;

/// <summary>Finds the known word closest to a misspelt one, for "did you mean …?" hints.</summary>
public static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        // Allow roughly one typo per three letters, so 'sumary' finds 'summary' but 'foo' finds nothing.
        return best.Key is not null && best.Distance <= Math.Max(1, word.Length / 3) ? best.Key : null;
    }

    public static string DidYouMean(string word, IEnumerable<string> known)
    {
        var list = known.ToList();
        var closest = Closest(word, list);
        return closest is not null
            ? $"did you mean '{closest}'?"
            : $"expected one of: {string.Join(", ", list)}";
    }

    /// <summary>Levenshtein distance, with a transposition counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
