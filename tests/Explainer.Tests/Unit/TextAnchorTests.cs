using Explainer.Content;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>Questions in Latin letters keep their readable anchors; questions in other scripts get distinct, stable ones.</summary>
public class TextAnchorTests
{
    [Theory]
    [InlineData("What is Qoder?")]
    [InlineData("Was ist Qödér — wirklich?")]
    [InlineData("Straße nach Łódź, Ærø und Ðakovo")]
    [InlineData("Việt Nam's ĐỔI MỚI")]
    [InlineData("What changed on 10 July 2026? 🚫")]
    public void A_question_in_latin_letters_keeps_its_readable_anchor(string question) =>
        Assert.Equal(Slug.Anchor(question), TextAnchor.For(question));

    [Fact]
    public void Questions_in_other_scripts_get_distinct_anchors_that_do_not_change()
    {
        string[] questions = ["这是什么？", "为什么？", "什么是 Qoder？", "Qoder 如何工作？", "Что такое Qoder?", "ما هو Qoder؟"];

        var anchors = questions.Select(TextAnchor.For).ToList();

        Assert.Equal(questions.Length, anchors.Distinct().Count());
        Assert.All(anchors, a => Assert.True(Slug.IsValid(a) || a.Length > 80, a));
        Assert.Matches("^q-[0-9a-f]{12}$", anchors[0]);
        Assert.Matches("^qoder-[0-9a-f]{12}$", anchors[2]);
        Assert.Equal(anchors, questions.Select(TextAnchor.For));
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
        Assert.Contains($"id=\"{TextAnchor.For("这是什么？")}\"", html);
        Assert.Contains($"id=\"{TextAnchor.For("为什么？")}\"", html);
        Assert.Contains("id=\"what-is-widget\"", html);
    }

    /// <summary>Headings in another script get ids that stay put when a heading is added before them (they were item, item-1, …).</summary>
    [Fact]
    public void Headings_in_chinese_keep_their_ids_when_another_is_added_before_them()
    {
        const string path = "entries/2026/acme-launches-widget.md";
        string Page(string body)
        {
            using var folder = new TempFolder();
            var site = SiteBuild.Generate(folder, new Dictionary<string, string> { [path] = SiteBuild.MinimalSite[path].TrimEnd() + "\n\n" + body });
            Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));
            return site.Text("entries/acme-launches-widget/index.html");
        }

        var before = Page("## 背景\n\n正文。\n\n## 影响\n\n正文。\n");
        var after = Page("## 反应\n\n正文。\n\n## 背景\n\n正文。\n\n## 影响\n\n正文。\n");

        foreach (var heading in new[] { "背景", "影响" })
        {
            Assert.Contains($"id=\"{TextAnchor.For(heading)}\"", before);
            Assert.Contains($"id=\"{TextAnchor.For(heading)}\"", after);
        }
        Assert.DoesNotContain("id=\"item", after);
    }
}
