using System.Text.Json;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Repository;

/// <summary>Issue 11 point 7: VS Code treats entries as Markdown (not YAML), validates site.yml against its schema, and its
/// check task's problem matcher reads check's own output lines.</summary>
public class EditorSetupTests
{
    private static JsonElement Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", name)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    [Fact]
    public void Markdown_files_are_not_associated_with_yaml_and_only_site_yml_has_a_schema()
    {
        var settings = Read("settings.json");
        Assert.False(settings.TryGetProperty("files.associations", out var associations)
            && associations.EnumerateObject().Any(a => a.Value.GetString() == "yaml" && a.Name.EndsWith(".md", StringComparison.Ordinal)));
        Assert.Equal(["input/site.yml"], settings.GetProperty("yaml.schemas").EnumerateObject().Select(p => p.Value.GetString()));
    }

    [Theory]
    [InlineData(Severity.Error, 7, 3, "input/entries/2026/x.md", 7, 3)]
    [InlineData(Severity.Warning, 12, 0, "input/parties/acme.md", 12, 0)]
    public void The_check_task_problem_matcher_reads_checks_output(Severity severity, int line, int column, string path, int expectedLine, int expectedColumn)
    {
        var pattern = Read("tasks.json").GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("label").GetString() == "Explainer: check")
            .GetProperty("problemMatcher").GetProperty("pattern");
        var printed = new Diagnostic(severity, "EX0102", "'date' is not a valid date: it has: a colon", new SourceLocation(path, line, column)).ToString();

        var match = Regex.Match(printed, pattern.GetProperty("regexp").GetString()!);

        Assert.True(match.Success, printed);
        string Group(string name) => match.Groups[pattern.GetProperty(name).GetInt32()].Value;
        Assert.Equal(path, Group("file"));
        Assert.Equal(expectedLine.ToString(), Group("line"));
        Assert.Equal(expectedColumn == 0 ? "" : expectedColumn.ToString(), Group("column"));
        Assert.Equal(severity == Severity.Error ? "error" : "warning", Group("severity"));
        Assert.Equal("EX0102", Group("code"));
        Assert.Equal("'date' is not a valid date: it has: a colon", Group("message"));
    }
}
