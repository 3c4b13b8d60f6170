using System.Text.RegularExpressions;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Repository;

/// <summary>
/// Issue 4: the GitHub workflows are valid YAML, run exactly the README's commands (check, test, build), never use
/// pull_request_target, pin every action to a full commit SHA, and give Pages rights only to the deploy job.
/// </summary>
public partial class WorkflowTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    public static TheoryData<string> Workflows() => new(Directory.EnumerateFiles(Folder, "*.yml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_workflow_runs_fork_code_with_the_base_repository_rights(string file)
    {
        var on = Root(file).Children[new YamlScalarNode("on")];
        var triggers = on switch
        {
            YamlMappingNode map => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!),
            YamlSequenceNode list => list.Children.Select(k => ((YamlScalarNode)k).Value!),
            YamlScalarNode one => [one.Value!],
            _ => [],
        };
        Assert.DoesNotContain("pull_request_target", triggers);
        Assert.DoesNotContain("workflow_run", triggers);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version_in_a_comment(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)
            || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines) Assert.Matches(PinnedUse(), line.Trim());
        Assert.Equal(lines.Count, Steps(file).Count(s => s.Children.ContainsKey(new YamlScalarNode("uses"))));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_dotnet_command_a_workflow_runs_is_one_the_README_documents(string file)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var documented = ReadmeCommands(readme);
        foreach (var command in Commands(file).Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal)))
        {
            var match = documented.FirstOrDefault(d => command == d || command.StartsWith(d + " ", StringComparison.Ordinal));
            Assert.True(match is not null, $"{file} runs '{command}', which the README does not document ({string.Join(" | ", documented)})");
            foreach (Match option in OptionName().Matches(command[match.Length..]))
                Assert.True(readme.Contains($"`{option.Value}`", StringComparison.Ordinal), $"{file} uses {option.Value}, which the README's option table does not explain");
        }
    }

    [Fact]
    public void The_pull_request_workflow_checks_tests_builds_and_uploads_the_site_in_that_order()
    {
        var commands = Commands("pull-request.yml");
        Assert.Equal(["dotnet run -- check", "dotnet test tests/Explainer.Tests", "dotnet run -- build"],
            commands.Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal)));

        var upload = Steps("pull-request.yml").Single(s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Equal("output/", Scalar(upload, "with", "path"));
        Assert.True(Root("pull-request.yml").Children[new YamlScalarNode("on")] is YamlMappingNode on && on.Children.ContainsKey(new YamlScalarNode("pull_request")));
    }

    [Fact]
    public void The_pages_workflow_builds_for_the_address_pages_reports_and_only_deploy_may_write_pages()
    {
        var root = Root("pages.yml");
        Assert.Equal(["contents: read"], Permissions(root));
        Assert.True(root.Children.ContainsKey(new YamlScalarNode("concurrency")), "pages.yml needs a concurrency group");

        var on = (YamlMappingNode)root.Children[new YamlScalarNode("on")];
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on.Children[new YamlScalarNode("push")]).Children[new YamlScalarNode("branches")]).Children.Single().ToString());

        var jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];
        var build = (YamlMappingNode)jobs.Children[new YamlScalarNode("build")];
        var deploy = (YamlMappingNode)jobs.Children[new YamlScalarNode("deploy")];
        Assert.Equal(["contents: read", "pages: read"], Permissions(build));
        Assert.Equal(["id-token: write", "pages: write"], Permissions(deploy));

        var steps = Steps("pages.yml").ToList();
        var configure = steps.Single(s => Uses(s).StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        Assert.Equal("pages", Scalar(configure, "id"));
        var buildStep = steps.Single(s => Scalar(s, "run")?.StartsWith("dotnet run -- build", StringComparison.Ordinal) == true);
        Assert.Equal("dotnet run -- build --url \"$PAGES_URL/\" --base-path \"$PAGES_BASE_PATH/\"", Scalar(buildStep, "run"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Scalar(buildStep, "env", "PAGES_URL"));
        Assert.Equal("${{ steps.pages.outputs.base_path }}", Scalar(buildStep, "env", "PAGES_BASE_PATH"));
        Assert.True(steps.IndexOf(configure) < steps.IndexOf(buildStep));

        Assert.Equal("output", Scalar(steps.Single(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal)), "with", "path"));
        Assert.Contains(steps, s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Contains(steps, s => Scalar(s, "with", "global-json-file") == "global.json");
        Assert.Contains(steps, s => Uses(s).StartsWith("actions/setup-node@", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_commands_are_found_so_the_command_test_cannot_pass_vacuously()
    {
        var documented = ReadmeCommands(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
        Assert.Contains("dotnet test tests/Explainer.Tests", documented);
        Assert.Contains("dotnet run -- check", documented);
        Assert.Contains("dotnet run -- build", documented);
    }

    /// <summary>Command lines from the README's code blocks, without comments and without the [optional] parts.</summary>
    private static List<string> ReadmeCommands(string readme) =>
        CodeBlock().Matches(readme).SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Split(" #")[0].Trim())
            .Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, @"\s*\[[^\]]*\]", "").Trim())
            .Distinct()
            .ToList();

    private static YamlMappingNode Root(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, file))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(string file) =>
        ((YamlMappingNode)Root(file).Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : []);

    private static List<string> Commands(string file) =>
        Steps(file).Select(s => Scalar(s, "run")).OfType<string>()
            .SelectMany(run => run.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Uses(YamlMappingNode step) => Scalar(step, "uses") ?? "";

    private static string? Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next)) return null;
            current = next;
        }
        return (current as YamlScalarNode)?.Value;
    }

    private static List<string> Permissions(YamlMappingNode node) =>
        ((YamlMappingNode)node.Children[new YamlScalarNode("permissions")]).Children
            .Select(p => $"{p.Key}: {p.Value}").Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^(- )?uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedUse();

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"```(?:sh|text|bash)?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
