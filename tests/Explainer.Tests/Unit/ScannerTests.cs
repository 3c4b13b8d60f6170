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

    [Theory]
    [InlineData("A pasted thread:\n\n```\n{0}\n```\n", null, null)]                   // kept as it is by Markdig
    [InlineData("~~~~ text\n{0}\n~~~\n{0}\n~~~~\n", null, null)]                       // a shorter fence does not close it
    [InlineData("```\ncode\n```\n{0}\n", 3, 64)]                                       // counted again after the fence
    [InlineData("- item\n  ```\n{0}\n", 2, 64)]                                         // an indented fence may end with its list item
    [InlineData("``` a`b\n{0}\n", 1, 64)]                                                // not a fence: a '`' after the backticks
    public void Nesting_inside_a_fenced_code_block_in_the_first_column_is_not_counted(string template, int? line, int? column)
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 40)).TrimEnd();
        var found = MarkdownDepth.FindTooDeep(string.Format(template, deep));
        Assert.Equal(line is null ? null : (line.Value, column!.Value), found);
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
        string? closing = null; // the pattern that closes the open fenced code block, whose lines are not counted
        for (var line = 0; line < lines.Length; line++)
        {
            var text = lines[line];
            if (closing is not null)
            {
                if (System.Text.RegularExpressions.Regex.IsMatch(text, closing)) closing = null;
                continue;
            }
            if (System.Text.RegularExpressions.Regex.Match(text, "^(`{3,})[^`]*$|^(~{3,})") is { Success: true } fence)
            {
                var mark = fence.Groups[1].Success ? fence.Groups[1].Value : fence.Groups[2].Value;
                closing = $"^ {{0,3}}{System.Text.RegularExpressions.Regex.Escape(mark[..1])}{{{mark.Length},}}\\s*$";
                continue;
            }
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
