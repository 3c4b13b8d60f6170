using Explainer.Content;

namespace Explainer.Tests.Unit;

public class SlugTests
{
    [Theory]
    [InlineData("alibaba", true)]
    [InlineData("claude-code-2", true)]
    [InlineData("2026", true)]
    [InlineData("Alibaba", false)]
    [InlineData("claude--code", false)]
    [InlineData("-claude", false)]
    [InlineData("claude-", false)]
    [InlineData("claude_code", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void Slugs_are_lower_case_letters_digits_and_single_hyphens(string value, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(value));

    [Theory]
    [InlineData("What is Qoder?", "what-is-qoder")]
    [InlineData("What is Alibaba's alternative to Claude Code?", "what-is-alibabas-alternative-to-claude-code")]
    [InlineData("Was ist Qödér — wirklich?", "was-ist-qoder-wirklich")]
    [InlineData("Straße nach Łódź, Ærø und Ðakovo", "strasse-nach-lodz-aero-und-dakovo")]
    [InlineData("Cafe\u0301 written with a combining accent", "cafe-written-with-a-combining-accent")]
    [InlineData("Việt Nam's ĐỔI MỚI", "viet-nams-doi-moi")]
    [InlineData("???", "item")]
    public void Anchors_made_from_questions_are_valid_slugs(string question, string anchor)
    {
        Assert.Equal(anchor, Slug.From(question));
        Assert.True(Slug.IsValid(Slug.From(question)));
    }

    [Fact]
    public void Folding_leaves_text_that_has_no_accented_latin_letters_as_it_was() =>
        Assert.Equal("中文 — Москва ‘x’ ½", TextFolding.WithoutAccents("中文 — Москва ‘x’ ½"));

    [Theory]
    [InlineData("Ｑｏｄｅｒ\u3000ｆｉｘ", "Qoder fix")]
    [InlineData("\uFB01le\u00A0o\uFB00ers", "file offers")]
    [InlineData("Café 中文", "Café 中文")]
    public void Compatibility_folding_maps_full_width_forms_spaces_and_ligatures(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Compatible(text));

    [Theory]
    [InlineData("Export Controls", "try 'export-controls'")]
    [InlineData("ÉTÉ", "try 'ete'")]
    [InlineData("人工智能 2026", "try '2026'")]
    public void A_hint_offers_the_slug_made_from_the_text(string text, string hint) => Assert.Equal(hint, Slug.Suggestion(text));

    [Theory]
    [InlineData("人工智能")]
    [InlineData("Искусственный интеллект")]
    [InlineData("?!")]
    public void Text_with_nothing_to_make_a_slug_from_gets_advice_not_the_placeholder(string text)
    {
        var hint = Slug.Suggestion(text);

        Assert.DoesNotContain("item", hint);
        Assert.Contains("letters a-z and digits", hint);
    }

    [Fact]
    public void The_offer_can_say_what_to_do_with_the_slug() =>
        Assert.Equal("rename the file to acme-corp.md", Slug.Suggestion("Acme Corp", "rename the file to {0}.md"));
}
