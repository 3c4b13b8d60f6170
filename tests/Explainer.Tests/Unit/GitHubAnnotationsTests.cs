using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

/// <summary>Issue 4: workflow-command annotations, escaped as the Actions runner expects (actions/toolkit command.ts).</summary>
public class GitHubAnnotationsTests
{
    [Fact]
    public void An_error_names_its_file_line_column_and_code()
    {
        var diagnostic = Diagnostic.Error("EX0201", new SourceLocation("input/entries/2026/a.md", 4, 20), "unknown party 'anthropc'", "did you mean 'anthropic'?");

        Assert.Equal(
            "::error file=input/entries/2026/a.md,line=4,col=20,title=EX0201%3A unknown party 'anthropc'::unknown party 'anthropc'%0Ahint: did you mean 'anthropic'?",
            GitHubAnnotations.Format(diagnostic));
    }

    [Fact]
    public void A_warning_without_a_line_has_only_the_file()
    {
        var diagnostic = Diagnostic.Warning("EX0004", new SourceLocation("input/notes.txt"), "this file is not part of the site");

        Assert.Equal("::warning file=input/notes.txt,title=EX0004%3A this file is not part of the site::this file is not part of the site",
            GitHubAnnotations.Format(diagnostic));
    }

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    public void Message_data_escapes_percent_and_line_breaks(string raw, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotations.EscapeData(raw));

    [Theory]
    [InlineData("a: b, c", "a%3A b%2C c")]
    [InlineData("x%\ny", "x%25%0Ay")]
    public void Property_values_also_escape_colon_and_comma(string raw, string escaped) =>
        Assert.Equal(escaped, GitHubAnnotations.EscapeProperty(raw));

    [Fact]
    public void A_hostile_message_cannot_start_a_second_command()
    {
        var diagnostic = Diagnostic.Error("EX0103", new SourceLocation("input/x,line=1.md", 2, 1), "bad\n::error file=evil::injected");

        var line = GitHubAnnotations.Format(diagnostic);

        Assert.DoesNotContain('\n', line);
        Assert.Contains("file=input/x%2Cline=1.md,", line);
        Assert.EndsWith("bad%0A::error file=evil::injected", line);
    }

    [Theory]
    [InlineData("'url' is not an http(s) URL: 'www.example.org'", "EX0109%3A 'url' is not an http(s) URL")]
    [InlineData("the slug 'a' is used by more than one entry (first at a.md:1:1)", "EX0109%3A the slug 'a' is used by more than one entry")]
    public void The_title_is_the_message_up_to_its_first_clause(string message, string title) =>
        Assert.Contains($"title={title}::", GitHubAnnotations.Format(Diagnostic.Error("EX0109", new SourceLocation("a.md", 1, 1), message)));
}
