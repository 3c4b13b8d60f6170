using Explainer.Content;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>Questions in Latin letters keep their readable anchors; questions in other scripts get distinct, stable ones.</summary>
public class FaqAnchorTests
{
    [Theory]
    [InlineData("What is Qoder?")]
    [InlineData("Was ist Qödér — wirklich?")]
    [InlineData("Straße nach Łódź, Ærø und Ðakovo")]
    [InlineData("Việt Nam's ĐỔI MỚI")]
    [InlineData("What changed on 10 July 2026? 🚫")]
    public void A_question_in_latin_letters_keeps_its_readable_anchor(string question) =>
        Assert.Equal(Slug.Anchor(question), FaqAnchor.For(question));

    [Fact]
    public void Questions_in_other_scripts_get_distinct_anchors_that_do_not_change()
    {
        string[] questions = ["这是什么？", "为什么？", "什么是 Qoder？", "Qoder 如何工作？", "Что такое Qoder?", "ما هو Qoder؟"];

        var anchors = questions.Select(FaqAnchor.For).ToList();

        Assert.Equal(questions.Length, anchors.Distinct().Count());
        Assert.All(anchors, a => Assert.True(Slug.IsValid(a) || a.Length > 80, a));
        Assert.Matches("^q-[0-9a-f]{12}$", anchors[0]);
        Assert.Matches("^qoder-[0-9a-f]{12}$", anchors[2]);
        Assert.Equal(anchors, questions.Select(FaqAnchor.For));
    }

    /// <summary>A Chinese site asked two questions at most: every question without a Latin letter became "#item" (EX0203).</summary>
    [Fact]
    public void A_site_can_ask_many_questions_in_chinese()
    {
        using var folder = new TempFolder();
        const string path = "entries/2026/acme-launches-widget.md";
        var entry = SiteBuild.MinimalSite[path].Replace(
            "faq:\n  - question: What is Widget?\n",
            "faq:\n  - question: 这是什么？\n    answer: 一个产品。\n  - question: 为什么？\n    answer: 因为。\n  - question: What is Widget?\n");
        Assert.NotEqual(SiteBuild.MinimalSite[path], entry);

        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { [path] = entry });

        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
        var html = site.Text("entries/acme-launches-widget/index.html");
        Assert.Contains($"id=\"{FaqAnchor.For("这是什么？")}\"", html);
        Assert.Contains($"id=\"{FaqAnchor.For("为什么？")}\"", html);
        Assert.Contains("id=\"what-is-widget\"", html);
    }
}
