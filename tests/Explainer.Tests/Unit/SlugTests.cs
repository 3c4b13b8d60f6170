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
    [InlineData("???", "item")]
    public void Anchors_made_from_questions_are_valid_slugs(string question, string anchor)
    {
        Assert.Equal(anchor, Slug.From(question));
        Assert.True(Slug.IsValid(Slug.From(question)));
    }
}
