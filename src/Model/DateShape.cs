namespace Explainer.Model;

/// <summary>
/// The digits of one EDTF date as written, <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with an optional qualifier
/// (<c>?</c>, <c>~</c>, <c>%</c>) after it; whether they make a real date is <see cref="EdtfDate"/>'s to say. Read by hand:
/// the regular expression it replaces (<c>^(?&lt;y&gt;[0-9]{4})(-(?&lt;m&gt;[0-9]{2})(-(?&lt;d&gt;[0-9]{2}))?)?(?&lt;q&gt;[?~%])?$</c>,
/// kept in the tests as the reference) allocated a match and its groups for every date, ~30 MB of a 10,000-entry build.
/// </summary>
public readonly record struct DateShape(int Year, int? Month, int? Day, char? Qualifier)
{
    /// <summary>Where the month and the day start in the text.</summary>
    public const int MonthIndex = 5, DayIndex = 8;

    /// <summary>The shape of <paramref name="text"/>, or null when it has another.</summary>
    public static DateShape? Read(string text)
    {
        var rest = text.AsSpan();
        // As the expression's $ did, a single line break may end the text.
        if (rest.EndsWith("\n")) rest = rest[..^1];
        char? qualifier = rest.Length > 0 && rest[^1] is '?' or '~' or '%' ? rest[^1] : null;
        if (qualifier is not null) rest = rest[..^1];
        // ASCII digits only: char.IsDigit also takes full-width and other scripts' digits, which int.Parse then refuses (issue 8).
        if (rest.Length is not (4 or 7 or 10) || !Digits(rest[..4], out var year)) return null;
        int? month = null, day = null;
        if (rest.Length >= 7)
        {
            if (rest[4] != '-' || !Digits(rest[MonthIndex..7], out var m)) return null;
            month = m;
        }
        if (rest.Length == 10)
        {
            if (rest[7] != '-' || !Digits(rest[DayIndex..10], out var d)) return null;
            day = d;
        }
        return new DateShape(year, month, day, qualifier);
    }

    private static bool Digits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
