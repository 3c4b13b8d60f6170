using System.Text.RegularExpressions;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Repository;

/// <summary>
/// Issues 4 and 11: the GitHub workflows are valid YAML, run only the README's commands, never use pull_request_target
/// (and the workflow_run comment workflow never runs pull-request code), pin every action to a full commit SHA, give Pages
/// rights only to the deploy job, run the whole suite only for code changes, and keep upkeep (Dependabot, link check) in place.
/// </summary>
public partial class WorkflowTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    public static TheoryData<string> Workflows() => new(Directory.EnumerateFiles(Folder, "*.yml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_workflow_runs_fork_code_with_the_base_repository_rights(string file)
    {
        var triggers = Triggers(file);
        Assert.DoesNotContain("pull_request_target", triggers);
        if (!triggers.Contains("workflow_run")) return;

        // A workflow_run workflow has write rights; it is safe only while it never checks out or runs the pull request's code.
        Assert.DoesNotContain(Steps(file), s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.DoesNotContain(Steps(file), s => Uses(s).Length > 0 && !Uses(s).StartsWith("actions/", StringComparison.Ordinal));
        foreach (var command in Commands(file))
            Assert.DoesNotMatch(@"(^|[\s;&|(])(dotnet|npm|npx|node|bash|sh|source|make|python3?)\s|(^|\s)\.{1,2}/", command);
        Assert.Equal("{}", Scalar(Root(file), "permissions") ?? (Root(file).Children[new YamlScalarNode("permissions")] is YamlMappingNode { Children.Count: 0 } ? "{}" : "not empty"));
    }

    [Fact]
    public void The_comment_workflow_only_follows_the_pull_request_workflow_and_may_only_comment()
    {
        Assert.Equal(["workflow_run"], Triggers("pr-comment.yml"));
        var on = (YamlMappingNode)((YamlMappingNode)Root("pr-comment.yml").Children[new YamlScalarNode("on")]).Children[new YamlScalarNode("workflow_run")];
        Assert.Equal(["Pull request"], ((YamlSequenceNode)on.Children[new YamlScalarNode("workflows")]).Children.Select(c => c.ToString()));
        Assert.Equal("Pull request", Scalar(Root("pull-request.yml"), "name"));
        var job = Jobs("pr-comment.yml").Single();
        Assert.Equal(["actions: read", "pull-requests: write"], Permissions(job));
        // Values from the event reach the script only through env, never spliced into its text.
        Assert.DoesNotContain(Commands("pr-comment.yml"), c => c.Contains("${{", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version_in_a_comment(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)
            || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal)).ToList();
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
            var match = documented.Select(d => Placeholders(d).Match(command)).FirstOrDefault(m => m.Success)?.Value;
            Assert.True(match is not null, $"{file} runs '{command}', which the README does not document ({string.Join(" | ", documented)})");
            foreach (Match option in OptionName().Matches(command[match.Length..]))
                Assert.True(readme.Contains($"`{option.Value}`", StringComparison.Ordinal), $"{file} uses {option.Value}, which the README's option table does not explain");
        }
    }

    [Fact]
    public void The_pull_request_workflow_checks_link_tests_builds_for_the_root_diffs_and_runs_everything_only_for_code()
    {
        Assert.True(Root("pull-request.yml").Children[new YamlScalarNode("on")] is YamlMappingNode on && on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        var jobs = (YamlMappingNode)Root("pull-request.yml").Children[new YamlScalarNode("jobs")];
        var site = (YamlMappingNode)jobs.Children[new YamlScalarNode("site")];
        var test = (YamlMappingNode)jobs.Children[new YamlScalarNode("test")];

        // Every pull request, content only or not: check, the link tests, the preview built for the root, the diff.
        Assert.False(site.Children.ContainsKey(new YamlScalarNode("if")));
        Assert.Equal(["dotnet restore --locked-mode tests/Explainer.Tests", "dotnet run -- check",
                "dotnet test tests/Explainer.Tests --filter \"FullyQualifiedName~LinkCheckTests|FullyQualifiedName~RootPreviewTests\"",
                "dotnet run -- build --base-path /", "dotnet run -- build --base-path / --output \"$RUNNER_TEMP/base-site\"",
                "dotnet run -- diff \"$RUNNER_TEMP/base-site\" output > \"$RUNNER_TEMP/site-diff/site-diff.md\""],
            JobCommands(site).Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal)));
        Assert.Contains(JobCommands(site), c => c.Contains(">> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal));
        var preview = JobSteps(site).Single(s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal) && Scalar(s, "with", "name") == "site-preview");
        Assert.Equal("output/", Scalar(preview, "with", "path"));
        Assert.Equal("${{ runner.temp }}/base", Scalar(JobSteps(site).Single(s => Scalar(s, "id") == "base"), "working-directory"));

        // The whole suite only when something outside input/ changed; a file moved from src/ into input/ counts as changing src/.
        var changes = (YamlMappingNode)jobs.Children[new YamlScalarNode("changes")];
        Assert.Contains(JobCommands(changes), c => c.StartsWith("git diff --name-only --no-renames ", StringComparison.Ordinal) && c.Contains("changed-code.sh", StringComparison.Ordinal));
        Assert.Equal("changes", Scalar(test, "needs"));
        Assert.Equal("needs.changes.outputs.code == 'true'", Scalar(test, "if"));
        Assert.Equal(["dotnet restore --locked-mode tests/Explainer.Tests", "dotnet test tests/Explainer.Tests"],
            JobCommands(test).Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal)));
        Assert.Equal("true", Scalar(test, "env", "CI"));
    }

    [Theory]
    [InlineData("input/entries/2026/a.md\ninput/parties/b.md\n", "code=false")]
    [InlineData("input/entries/2026/a.md\nsrc/Program.cs\n", "code=true")]
    [InlineData("theme/assets/site.css\n", "code=true")]
    [InlineData("README.md\n", "code=true")]
    [InlineData("inputs.md\n", "code=true")]
    [InlineData("", "code=true")]
    public void Only_a_pull_request_that_changes_nothing_but_input_skips_the_whole_suite(string changed, string expected)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, ".github", "scripts", "changed-code.sh")])
            { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Write(changed);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal((0, expected), (process.ExitCode, output));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflows_use_the_runner_directly_a_current_node_lts_and_locked_restores(string file)
    {
        foreach (var job in Jobs(file)) Assert.False(job.Children.ContainsKey(new YamlScalarNode("container")), $"{file}: a container is not needed (chromium ships with the runner)");
        foreach (var node in JobStepsOf(file).Where(s => Uses(s).StartsWith("actions/setup-node@", StringComparison.Ordinal)))
            Assert.Contains(Scalar(node, "with", "node-version"), new[] { "22", "24" });
        foreach (var dotnet in JobStepsOf(file).Where(s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal)))
        {
            Assert.Equal("true", Scalar(dotnet, "with", "cache"));
            Assert.Contains(Commands(file), c => c == "dotnet restore --locked-mode tests/Explainer.Tests");
        }
    }

    [Theory]
    [InlineData("pages.yml")]
    [InlineData("pull-request.yml")]
    [InlineData("link-check.yml")]
    public void Checkouts_fetch_the_whole_history_for_git_dates(string file)
    {
        var checkouts = JobStepsOf(file).Where(s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checkouts);
        Assert.All(checkouts, c => Assert.Equal("0", Scalar(c, "with", "fetch-depth")));
    }

    [Fact]
    public void The_link_check_runs_weekly_in_the_upstream_repository_only_and_keeps_one_issue()
    {
        var on = (YamlMappingNode)Root("link-check.yml").Children[new YamlScalarNode("on")];
        var cron = ((YamlMappingNode)((YamlSequenceNode)on.Children[new YamlScalarNode("schedule")]).Children.Single()).Children[new YamlScalarNode("cron")].ToString();
        Assert.Matches(@"^\d+ \d+ \* \* [0-6]$", cron);
        var job = Jobs("link-check.yml").Single();
        Assert.Equal("github.repository == vars.LINK_CHECK_REPOSITORY", Scalar(job, "if"));
        Assert.Equal(["contents: read", "issues: write"], Permissions(job));
        Assert.Contains(Commands("link-check.yml"), c => c == "dotnet run -- check --external --external-report \"$RUNNER_TEMP/link-report.md\"");
        Assert.Contains(Commands("link-check.yml"), c => c.StartsWith("gh issue edit \"$number\"", StringComparison.Ordinal));
        // The issue to update is the one the workflow opened, not a reader's report that someone labelled link-rot.
        Assert.Contains(Commands("link-check.yml"), c => c.Contains("gh issue list", StringComparison.Ordinal) && c.Contains("--label link-rot --app github-actions", StringComparison.Ordinal));
    }

    [Fact]
    public void Dependabot_updates_actions_nuget_and_npm_weekly_in_groups()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "dependabot.yml"))));
        var updates = ((YamlSequenceNode)((YamlMappingNode)stream.Documents.Single().RootNode).Children[new YamlScalarNode("updates")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(["github-actions", "npm", "nuget"], updates.Select(u => Scalar(u, "package-ecosystem")).Order());
        Assert.All(updates, u => Assert.Equal("weekly", Scalar(u, "schedule", "interval")));
        Assert.All(updates, u => Assert.True(u.Children.ContainsKey(new YamlScalarNode("groups"))));
        // Dependabot reads the project files of the folders it is given, not of their subfolders: every project's folder is listed.
        var nuget = updates.Single(u => Scalar(u, "package-ecosystem") == "nuget");
        var folders = ((YamlSequenceNode)nuget.Children[new YamlScalarNode("directories")]).Children.Select(n => n.ToString()).ToList();
        var projects = Directory.EnumerateFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Select(p => "/" + Path.GetRelativePath(RepositoryPaths.Root, Path.GetDirectoryName(p)!).Replace('\\', '/'))
            .Select(f => f == "/." ? "/" : f)
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules"));
        Assert.Equal(projects.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
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

    /// <summary>A documented command as a pattern for the start of a command line: upper-case words (DIR, OLD, NEW) stand for any argument.</summary>
    private static Regex Placeholders(string documented) =>
        new("^" + string.Join(" ", documented.Split(' ').Select(w => Regex.IsMatch(w, "^[A-Z]{2,}$") ? "\"?[^ \"]+\"?" : Regex.Escape(w))) + "(?= |$)");

    /// <summary>Command lines from the README's code blocks, without comments and without the [optional] parts.</summary>
    private static List<string> ReadmeCommands(string readme) =>
        CodeBlock().Matches(readme).SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Split(" #")[0].Trim())
            .Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l, @"\s*\[[^\]]*\]", "").Trim())
            .Distinct()
            .ToList();

    private static List<string> Triggers(string file) => Root(file).Children[new YamlScalarNode("on")] switch
    {
        YamlMappingNode map => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList(),
        YamlSequenceNode list => list.Children.Select(k => ((YamlScalarNode)k).Value!).ToList(),
        YamlScalarNode one => [one.Value!],
        _ => [],
    };

    private static IEnumerable<YamlMappingNode> Jobs(string file) =>
        ((YamlMappingNode)Root(file).Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> JobSteps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static IEnumerable<YamlMappingNode> JobStepsOf(string file) => Jobs(file).SelectMany(JobSteps);

    private static List<string> JobCommands(YamlMappingNode job) =>
        JobSteps(job).Select(s => Scalar(s, "run")).OfType<string>()
            .SelectMany(run => run.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

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
