using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Front_matter_and_body_are_split_with_their_first_lines()
    {
        var file = new InputFile("x.md", "entries/x.md", "---\nevent: A\ndate: 2026\n---\nBody line\n");

        var (frontMatter, error) = FrontMatterSplitter.Split(file);

        Assert.Null(error);
        Assert.Equal("event: A\ndate: 2026", frontMatter!.Yaml);
        Assert.Equal(2, frontMatter.YamlFirstLine);
        Assert.Equal("Body line\n", frontMatter.Body);
        Assert.Equal(5, frontMatter.BodyFirstLine);
    }

    [Theory]
    [InlineData("event: A\n", "does not start with YAML front matter")]
    [InlineData("---\nevent: A\n", "never closed")]
    [InlineData("", "does not start with YAML front matter")]
    public void Files_without_well_formed_front_matter_are_reported_at_line_one(string text, string message)
    {
        var (frontMatter, error) = FrontMatterSplitter.Split(new InputFile("x.md", "entries/x.md", text));

        Assert.Null(frontMatter);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, error!.Code);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains(message, error.Message);
    }
}
