using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

/// <summary>Issue 4: GitHub shows ten annotations per step, so errors come first and every broken file gets one before any file gets a second.</summary>
public class AnnotationOrderTests
{
    [Fact]
    public void Errors_come_before_warnings_and_files_take_turns()
    {
        var diagnostics = new[]
        {
            Diagnostic.Warning("EX0004", new("a.md", 1, 1), "w"),
            Diagnostic.Error("EX0105", new("a.md", 9, 1), "a9"),
            Diagnostic.Error("EX0105", new("a.md", 2, 1), "a2"),
            Diagnostic.Error("EX0105", new("a.md", 5, 1), "a5"),
            Diagnostic.Error("EX0201", new("b.md", 7, 1), "b7"),
            Diagnostic.Error("EX0201", new("c.md", 3, 1), "c3"),
        };

        var ordered = AnnotationOrder.Prioritise(diagnostics).Select(d => d.Message);

        Assert.Equal(["a2", "b7", "c3", "a5", "a9", "w"], ordered);
    }

    [Fact]
    public void Eleven_errors_in_one_file_do_not_hide_the_error_in_another()
    {
        var many = Enumerable.Range(1, 11).Select(i => Diagnostic.Error("EX0105", new("a.md", i, 1), $"a{i}"));
        var other = Diagnostic.Error("EX0201", new("z.md", 1, 1), "z1");

        var firstTen = AnnotationOrder.Prioritise(many.Append(other)).Take(GitHubAnnotations.ShownPerStep);

        Assert.Contains(firstTen, d => d.Message == "z1");
    }
}
