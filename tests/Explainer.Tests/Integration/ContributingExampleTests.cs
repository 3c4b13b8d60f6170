using System.Text.RegularExpressions;
using Explainer.Build;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>Issue 11 point 8: CONTRIBUTING's example entry follows its own rules: put in place of the real entry it mirrors,
/// the real site still checks without errors and without any of the contributor-mistake warnings.</summary>
public partial class ContributingExampleTests
{
    [Fact]
    public void The_example_entry_passes_check_in_the_real_site()
    {
        var contributing = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md"));
        var block = ExampleBlock().Match(contributing);
        Assert.True(block.Success, "CONTRIBUTING.md has no example-entry block");
        using var folder = new TempFolder();
        var input = folder.CopyFrom(RepositoryPaths.Input, "input");
        File.WriteAllText(Path.Combine(input, block.Groups["path"].Value["input/".Length..]), block.Groups["text"].Value);

        var result = SiteGenerator.Generate(new BuildOptions(input, RepositoryPaths.Theme, folder["output"]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("EX04", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"<!-- example-entry:start \((?<path>input/[^;]+\.md);[^\n]*\n```markdown\n(?<text>.*?)```\n<!-- example-entry:end -->", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
