using Explainer.Cli;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// Issue 4, the newcomer's path: <c>new</c> scaffolds an entry, <c>check</c> points at each placeholder (as GitHub annotations
/// with file and line), filling them in makes <c>check</c> pass. The schema sees the same placeholders in the editor.
/// </summary>
public class NewAndCheckTests
{
    [Fact]
    public void A_scaffolded_entry_fails_check_only_at_its_placeholders_and_passes_once_they_are_filled()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var input = folder["input"];

        var exit = NewCommand.Run(new NewOptions(input, "Acme recalls Widget: what is known", "2026-04-01", ["acme", "widget"]), interactive: false);

        Assert.Equal(ExitCodes.Success, exit);
        var path = Path.Combine(input, "entries", "2026", "acme-recalls-widget-what-is-known.md");
        var text = File.ReadAllText(path);
        Assert.Contains("# yaml-language-server: $schema=../../../schemas/entry.schema.json\n", text);

        var (checkExit, annotations) = Check(input);
        Assert.Equal(ExitCodes.ContentErrors, checkExit);
        Assert.Equal(
            [$"error {path}:{LineOf(text, "summary:")} 'summary' is empty",
             $"error {path}:{LineOf(text, "  - title:")} 'title' is empty",
             $"error {path}:{LineOf(text, "    publisher:")} 'publisher' is empty",
             $"error {path}:{LineOf(text, "    published:")} 'published' is empty"],
            annotations.Select(a => $"{a.Command} {a.File}:{a.Line} {a.Message}"));
        Assert.Equal(["/summary", "/sources[0]/title", "/sources[0]/publisher", "/sources[0]/published"],
            PlaceholderPaths(SchemaCheck.Errors("entry", text, isMarkdown: true)));

        var filled = text
            .Replace("summary:\n", "summary: Acme recalled Widget, according to Example News.\n")
            .Replace("  - title:        # the headline as published", "  - title: Acme recalls Widget")
            .Replace("    publisher:    # who published it, e.g. Reuters", "    publisher: Example News")
            .Replace("    published:    # when: YYYY-MM-DD", "    published: 2026-04-01")
            .Replace("    # url: https://example.org/article", "    url: https://example.org/news/recall")
            // An existing tag: otherwise the other entry's only tag, 'launches', would be used by no other entry (a warning).
            .Replace("# tags: [corporate-policy]", "tags: [launches]");
        File.WriteAllText(path, filled);

        Assert.Equal((ExitCodes.Success, 0), (Check(input).Exit, Check(input).Annotations.Count));
        Assert.Empty(SchemaCheck.Errors("entry", filled, isMarkdown: true));
    }

    [Fact]
    public void A_scaffolded_party_fails_check_at_its_placeholders_and_passes_once_filled()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var input = folder["input"];

        Assert.Equal(ExitCodes.Success, NewCommand.Run(new NewOptions(input, PartyId: "gizmo", Kind: "company"), interactive: false));
        var path = Path.Combine(input, "parties", "gizmo.md");
        var text = File.ReadAllText(path);
        Assert.Contains("# yaml-language-server: $schema=../../schemas/party.schema.json\n", text);
        Assert.Equal(["'name' is empty", "'summary' is empty"], Check(input).Annotations.Select(a => a.Message));

        File.WriteAllText(path, text.Replace("name:\n", "name: Gizmo Inc\n").Replace("summary:\n", "summary: A company that exists only in tests.\n"));
        Assert.Equal(ExitCodes.Success, Check(input).Exit);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_leaves_the_file_as_it_was()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var options = new NewOptions(folder["input"], "Acme launches Widget", "2026-03-05", ["acme"]);

        // The minimal site already has entries/2026/acme-launches-widget.md.
        var before = File.ReadAllText(folder["input/entries/2026/acme-launches-widget.md"]);
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(options, interactive: false));
        Assert.Equal(before, File.ReadAllText(folder["input/entries/2026/acme-launches-widget.md"]));

        // Same slug in another year folder is refused too: it would be a duplicate slug.
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(options with { Date = "2025" }, interactive: false));
        Assert.False(File.Exists(folder["input/entries/2025/acme-launches-widget.md"]));

        Assert.Equal(ExitCodes.Success, NewCommand.Run(new NewOptions(folder["input"], PartyId: "gizmo"), interactive: false));
        var party = File.ReadAllText(folder["input/parties/gizmo.md"]);
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(new NewOptions(folder["input"], PartyId: "gizmo", Name: "Other"), interactive: false));
        Assert.Equal(party, File.ReadAllText(folder["input/parties/gizmo.md"]));
    }

    [Fact]
    public void Options_of_the_other_kind_of_file_are_refused_not_dropped()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var before = Directory.EnumerateFiles(folder["input"], "*", SearchOption.AllDirectories).Count();

        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(new NewOptions(folder["input"], "Acme does something", PartyId: "gizmo"), interactive: false));
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(new NewOptions(folder["input"], "Acme does something", "2026-07-10", ["acme"], Kind: "company"), interactive: false));
        Assert.Equal(before, Directory.EnumerateFiles(folder["input"], "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_party_id_that_is_not_a_slug_points_at_the_party_it_names_when_that_exists()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());

        // parties/acme.md exists: offering 'acme' would only be refused next, as a file that exists.
        Assert.StartsWith("the party 'acme' already exists: ", NewCommand.InvalidPartyIdAdvice(folder["input"], "ACME"));
        Assert.EndsWith("acme.md (edit it instead)", NewCommand.InvalidPartyIdAdvice(folder["input"], "ACME"));
        Assert.Equal("try 'new-co'", NewCommand.InvalidPartyIdAdvice(folder["input"], "New Co"));
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(new NewOptions(folder["input"], PartyId: "ACME"), interactive: false));
    }

    [Theory]
    [InlineData(null, "2026-07-10", "acme")]
    [InlineData("Acme does something", null, "acme")]
    [InlineData("Acme does something", "2026-07-10", null)]
    [InlineData("Acme does something", "2026-02-30", "acme")]
    [InlineData("Acme does something", "10/07/2026", "acme")]
    [InlineData("Acme does something", "2026-07-10", "Acme Corp")]
    [InlineData("  ", "2026-07-10", "acme")]
    [InlineData("Acme does\nsomething", "2026-07-10", "acme")]       // check would refuse a headline of two lines
    [InlineData("Acme " + "x", "2026-07-10", "acme", 301)]           // or one over 300 characters
    [InlineData("Acme takes a slug", "2026-07-10", "acme")]          // another entry's slug: line took it (in the minimal site below)
    public void Missing_or_malformed_options_exit_2_without_writing_when_input_is_not_a_terminal(string? headline, string? date, string? parties, int length = 0)
    {
        using var folder = new TempFolder();
        var taken = SiteBuild.MinimalSite["entries/2026/acme-launches-widget.md"].Replace("date: 2026-03-05", "slug: acme-takes-a-slug\ndate: 2026-03-05");
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["entries/2026/acme-launches-widget.md"] = taken });
        if (length > 0) headline = headline!.PadRight(length, 'x');
        var before = Directory.EnumerateFiles(folder["input"], "*", SearchOption.AllDirectories).Count();

        var exit = NewCommand.Run(new NewOptions(folder["input"], headline, date, parties?.Split(',')), interactive: false);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal(before, Directory.EnumerateFiles(folder["input"], "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Each_mistake_is_an_annotation_at_its_line_errors_first_and_all_of_them_in_the_step_summary()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>
        {
            ["entries/2026/typos.md"] = """
                ---
                event: Acme renames Widget
                date: 2026-13-01
                parties: [acme, anthropc]
                summary: Acme renamed Widget.
                sttus: confirmed
                sources:
                  - title: Widget renamed
                    publisher: Example News
                    published: 2026-04-02
                    url: javascript:alert(1)
                ---
                See [the launch](/entries/acme-launches-gadget/).
                """,
            ["notes.txt"] = "not part of the site",
        });
        var summary = folder["summary.md"];
        File.WriteAllText(summary, "previous step's summary\n");

        var (exit, annotations) = Check(folder["input"], summary);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var file = folder["input/entries/2026/typos.md"];
        var errors = annotations.Where(a => a.Command == "error").Select(a => (a.File, a.Line, a.Title)).ToList();
        Assert.Contains((file, 3, "EX0102"), errors);   // the date
        Assert.Contains((file, 6, "EX0104"), errors);   // the unknown key 'sttus'
        Assert.Contains((file, 11, "EX0109"), errors);  // the javascript: URL
        Assert.Equal("warning", annotations[^1].Command); // notes.txt: warnings after every error
        Assert.Equal(folder["input/notes.txt"], annotations[^1].File);

        var markdown = File.ReadAllText(summary);
        Assert.StartsWith("previous step's summary\n## Explainer check: ", markdown);
        Assert.Equal(annotations.Count, markdown.Split('\n').Count(l => l.StartsWith("| ❌ error", StringComparison.Ordinal) || l.StartsWith("| ⚠️ warning", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_writes_nothing_and_exits_0_on_valid_content_and_2_on_a_missing_folder()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());

        Assert.Equal((ExitCodes.Success, 0), (Check(folder["input"]).Exit, Check(folder["input"]).Annotations.Count));
        Assert.False(Directory.Exists(folder["output"]));
        Assert.Equal(ExitCodes.UsageError, Check(folder["missing"]).Exit);
    }

    [Fact]
    public void Without_github_format_no_annotations_are_printed()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string> { ["entries/2026/broken.md"] = "---\nevent: [unclosed\n---\n" });
        var output = new StringWriter();

        var exit = CheckCommand.Run(new CheckOptions(folder["input"], RepositoryPaths.Theme, GitHub: false), output);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_step_summary_that_cannot_be_written_is_a_warning_and_the_check_keeps_its_result()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());

        // A folder where the file should be, and a path under a folder that does not exist: an internal error (exit 3) before.
        foreach (var summary in new[] { folder["input"], folder["no/such/folder/summary.md"] })
            Assert.Equal(ExitCodes.Success, Check(folder["input"], summary).Exit);
    }

    [Theory]
    [InlineData("--external-report must name a file", "check", "--external", "--external-report", "")]
    [InlineData("the folder '/no/such/folder' does not exist", "check", "--external", "--external-report", "/no/such/folder/report.md")]
    [InlineData("--cache must name a folder", "build", "--cache", "")]
    [InlineData("--url has a ?query", "build", "--url", "https://example.org/explainer/?ref=x")]
    public void Unusable_paths_and_addresses_are_usage_errors_before_any_work(string says, params string[] args)
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        string[] folders = args[0] == "build"
            ? ["--input", folder["input"], "--theme", RepositoryPaths.Theme, "--output", folder["out"]]
            : ["--input", folder["input"], "--theme", RepositoryPaths.Theme];
        var output = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            Assert.Equal(ExitCodes.UsageError, CommandLine.Run(CommandLine.CreateRoot(), [.. args, .. folders], error));
        }
        finally
        {
            Console.SetError(output);
        }
        Assert.Contains(says, error.ToString());
        Assert.False(Directory.Exists(folder["out"]));
    }

    /// <summary>One parsed <c>::command key=value,…::message</c> line, unescaped.</summary>
    public sealed record Annotation(string Command, string File, int Line, string Title, string Message);

    public static (int Exit, IReadOnlyList<Annotation> Annotations) Check(string input, string? summary = null)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(new CheckOptions(input, RepositoryPaths.Theme, GitHub: true, StepSummaryPath: summary), output);
        var annotations = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
        return (exit, annotations);
    }

    private static Annotation Parse(string line)
    {
        Assert.StartsWith("::", line);
        var end = line.IndexOf("::", 2, StringComparison.Ordinal);
        var head = line[2..end];
        var command = head[..head.IndexOf(' ')];
        var properties = head[(command.Length + 1)..].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Unescape(p[1]));
        var message = Unescape(line[(end + 2)..]).Split('\n')[0];
        return new Annotation(command, properties["file"], properties.TryGetValue("line", out var l) ? int.Parse(l) : 0,
            properties["title"].Split(':')[0], message);
    }

    private static string Unescape(string value) =>
        value.Replace("%3A", ":").Replace("%2C", ",").Replace("%0A", "\n").Replace("%0D", "\r").Replace("%25", "%");

    private static int LineOf(string text, string start) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith(start, StringComparison.Ordinal)).i + 1;

    private static IEnumerable<string> PlaceholderPaths(IReadOnlyList<string> schemaErrors) =>
        schemaErrors.Select(e => "/" + e.Split(':')[0].Replace("#/", "").Replace('.', '/')).Select(p => p.Replace("//", "/"));

    /// <summary>A headline with no Latin letter has nothing to make a file name from: --slug gives one (it was refused outright).</summary>
    [Fact]
    public void An_entry_with_a_chinese_headline_is_created_under_the_slug_given()
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var input = folder["input"];
        var options = new NewOptions(input, "阿里巴巴禁止员工使用", "2026-07-10", ["acme"]);

        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(options, interactive: false));
        Assert.Equal(ExitCodes.UsageError, NewCommand.Run(options with { Slug = "Not A Slug" }, interactive: false));
        Assert.Equal(ExitCodes.Success, NewCommand.Run(options with { Slug = "alibaba-bans-staff" }, interactive: false));

        var text = File.ReadAllText(Path.Combine(input, "entries", "2026", "alibaba-bans-staff.md"));
        Assert.Contains("event: \"阿里巴巴禁止员工使用\"", text);
    }
}
