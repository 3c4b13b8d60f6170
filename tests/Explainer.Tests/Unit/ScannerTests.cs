using System.Xml;
using CsCheck;
using Explainer.Content;
using Explainer.Markdown;

namespace Explainer.Tests.Unit;

/// <summary>
/// The input scanners skip ordinary text with vectorised searches; each must still find exactly what a plain loop over every
/// character finds. The references below are those plain loops.
/// </summary>
public class ScannerTests
{
    // Text made of the pieces where the scanners' fast paths stop: line breaks, tabs, control characters, both halves of
    // surrogate pairs alone and together, U+FFFE/U+FFFF, brackets, quote and list markers, and runs of plain text.
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Const("plain words "), Gen.Const("\n"), Gen.Const("\t"), Gen.Const("\r"), Gen.Char['\0', '\u001F'].Select(c => c.ToString()),
            Gen.Const("\uD83D\uDE00"), Gen.Const("\uD83D"), Gen.Const("\uDE00"), Gen.Const("\uFFFE"), Gen.Const("\uFFFF"), Gen.Const("é\uE000"),
            Gen.Const("["), Gen.Const("]"), Gen.Const("("), Gen.Const(")"), Gen.Const("<"), Gen.Const(">"), Gen.Const("- "), Gen.Const("> "),
            Gen.Int[1, 120].Select(n => new string('[', n)), Gen.Int[1, 40].Select(n => new string('>', n) + " "))
        .Array[0, 60].Select(pieces => string.Concat(pieces));

    [Fact]
    public void The_forbidden_character_search_finds_what_a_character_by_character_search_finds() =>
        Text.Sample(text => Assert.Equal(ForbiddenOneByOne(text), XmlCharacters.FindForbidden(text)), iter: 3000);

    // The direction controls and their neighbours in U+2020..U+2070, where the range search stops without a match.
    private static readonly Gen<string> PunctuationText = Gen.OneOf(
            Gen.Const("plain words "), Gen.Const("\n"), Gen.Char['\u2020', '\u2070'].Select(c => c.ToString()), Gen.Const("\u2026 \u201C\u201D"))
        .Array[0, 40].Select(pieces => string.Concat(pieces));

    [Fact]
    public void The_direction_control_search_finds_what_a_search_for_the_nine_characters_finds() =>
        PunctuationText.Sample(text => Assert.Equal(text.IndexOfAny("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".ToCharArray()),
            DirectionControls.Find(text)), iter: 3000);

    [Fact]
    public void The_nesting_depth_check_finds_what_a_character_by_character_count_finds() =>
        Text.Sample(text => Assert.Equal(TooDeepOneByOne(text), MarkdownDepth.FindTooDeep(text)), iter: 3000);

    [Fact]
    public void Known_texts_give_known_positions()
    {
        // Written here, not as [InlineData]: the test runner's serialisation would replace a lone surrogate with U+FFFD.
        Assert.Equal(2, XmlCharacters.FindForbidden("ok\u0001"));
        Assert.Equal(15, XmlCharacters.FindForbidden("\uD83D\uDE00 then a lone \uDE00"));
        Assert.Equal(-1, XmlCharacters.FindForbidden("tab\tand\nline\r \uD83D\uDE00"));
        Assert.Equal(0, XmlCharacters.FindForbidden("\uFFFF"));
        Assert.Equal((0, 96), MarkdownDepth.FindTooDeep(new string('[', 97)));
    }

    private static int ForbiddenOneByOne(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static (int Line, int Column)? TooDeepOneByOne(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var text = lines[line];
            var containers = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is ' ' or '\t') continue;
                var spaced = i + 1 == text.Length || text[i + 1] is ' ' or '\t';
                if (c == '>' || (c is '-' or '*' or '+' && spaced)) containers++;
                else if (char.IsAsciiDigit(c)) continue;
                else if (c is '.' or ')' && spaced && i > 0 && char.IsAsciiDigit(text[i - 1])) containers++;
                else break;
                if (containers > InputLimits.MaxMarkdownDepth) return (line, i);
            }
            var brackets = 0;
            for (var j = 0; j < text.Length; j++)
            {
                if (text[j] is '[' or '(' or '<' && ++brackets > InputLimits.MaxMarkdownDepth * 3) return (line, j);
                if (text[j] is ']' or ')' or '>' && brackets > 0) brackets--;
            }
        }
        return null;
    }
}
