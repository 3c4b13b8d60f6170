using Explainer.SiteModel;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

public class RenderedContentTests
{
    private const string Html = "<p>Zhōngguó 中国, “quoted”, 🚀 and &amp;</p>\n";

    [Fact]
    public void The_HTML_an_entry_keeps_reads_back_exactly_and_can_be_replaced()
    {
        var entry = SiteBuild.ParsedMinimalEntry();
        var rendered = new RenderedEntry(entry, Html, [new RenderedFaq(entry.Faq[0], Html + "<p>é</p>")]);

        Assert.Equal(Html, rendered.BodyHtml);
        Assert.Equal(Html + "<p>é</p>", rendered.Faq[0].AnswerHtml);
        var replaced = rendered with { BodyHtml = "<p>ß</p>" };
        Assert.Equal("<p>ß</p>", replaced.BodyHtml);
        Assert.Equal(Html, rendered.BodyHtml);
        Assert.Equal("<p>ñ</p>", (rendered.Faq[0] with { AnswerHtml = "<p>ñ</p>" }).AnswerHtml);
    }
}
