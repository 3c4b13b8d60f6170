using System.Text.RegularExpressions;
using CsCheck;
using Explainer.Model;

namespace Explainer.Tests.Unit;

/// <summary>The hand-written date reader takes exactly what the regular expression it replaced took, with the same parts.</summary>
public partial class DateShapeTests
{
    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2}))?)?(?<q>[?~%])?$")]
    private static partial Regex Reference();

    private static DateShape? ByReference(string text)
    {
        var match = Reference().Match(text);
        if (!match.Success) return null;
        int? Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value) : null;
        return new DateShape(Part("y")!.Value, Part("m"), Part("d"), match.Groups["q"].Success ? match.Groups["q"].Value[0] : null);
    }

    [Theory]
    [InlineData("2026-07-10")]
    [InlineData("2026-07")]
    [InlineData("2026%")]
    [InlineData("2026-07-10?\n")]
    [InlineData("2026\n?")]
    [InlineData("2026-7-10")]
    [InlineData("２０２６")]
    [InlineData("20260710")]
    [InlineData("")]
    public void Chosen_texts_read_as_the_expression_reads_them(string text) => Assert.Equal(ByReference(text), DateShape.Read(text));

    [Fact]
    public void Any_text_of_date_characters_reads_as_the_expression_reads_it()
    {
        // Mostly near-dates: the characters dates are made of, a few others, lengths around the three forms.
        var near = Gen.Char["0123456789-?~%\n x٣"].Array[0, 13].Select(c => new string(c));
        var shaped = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[0, 6].Select(i => new[] { "", "?", "~", "%", "\n", "?\n", "x" }[i]), Gen.Int[0, 2])
            .Select((y, m, d, tail, form) => form switch
            {
                0 => $"{y:D4}{tail}",
                1 => $"{y:D4}-{m:D2}{tail}",
                _ => $"{y:D4}-{m:D2}-{d:D2}{tail}",
            });
        Gen.OneOf(near, shaped).Sample(text => Assert.Equal(ByReference(text), DateShape.Read(text)), iter: 20_000);
    }
}
