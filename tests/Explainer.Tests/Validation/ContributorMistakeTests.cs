using System.Diagnostics;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Validation;

/// <summary>
/// Issue 11 point 6: what first-time contributors get wrong, each reported at the exact file:line:col a GitHub annotation needs,
/// with a hint; and every command a hint suggests really works.
/// </summary>
public partial class ContributorMistakeTests
{
    /// <summary>An entry whose line numbers the table relies on: event 2, date 3, parties 4, tags 6, question 12, body 15.</summary>
    private static string Entry(string @event = "Acme recalls Widget", string date = "2026-04-01", string parties = "acme, widget",
        string tags = "launches", string question = "Why was Widget recalled?", string body = "Acme recalled Widget.") => $"""
        ---
        event: {@event}
        date: {date}
        parties: [{parties}]
        summary: A test entry.
        tags: [{tags}]
        sources:
          - title: A source
            publisher: Example News
            published: 2026-04-01
        faq:
          - question: {question}
            answer: An answer.
        ---
        {body}
        """;

    private const string Recall = "entries/2026/acme-recalls-widget.md";
    private const string Minimal = "entries/2026/acme-launches-widget.md";

    /// <summary>name → (files over the minimal site, every diagnostic expected as "path:line:col: severity CODE", a phrase of the first one's hint).</summary>
    private static readonly Dictionary<string, (Dictionary<string, string> Files, string[] Expected, string Hint)> Cases = new()
    {
        ["relative link up a folder"] = (new() { [Recall] = Entry(body: "See [Qoder](../parties/qoder).") },
            [$"input/{Recall}:15:5: error EX0401"], "write it from the site root: /parties/qoder/"),
        ["relative link to a .md file"] = (new() { [Recall] = Entry(body: "See [the launch](acme-launches-widget.md).") },
            [$"input/{Recall}:15:5: error EX0401"], "/entries/acme-launches-widget/ (an entry)"),
        ["root-relative link to a .md file"] = (new() { [Recall] = Entry(body: "See [the launch](/entries/2026/acme-launches-widget.md).") },
            [$"input/{Recall}:15:5: error EX0204"], "link to the page, not the file"),
        ["broken anchor on the FAQ page"] = (new() { [Recall] = Entry(body: "See [the FAQ](/faq/#what-is-widgt).") },
            [$"input/{Recall}:15:5: error EX0402"], "did you mean '#what-is-widget'?"),
        ["broken anchor on an entry page"] = (new() { [Recall] = Entry(body: "Intro.\n\nSee [the launch](/entries/acme-launches-widget/#nope).") },
            [$"input/{Recall}:17:5: error EX0402"], "copy the link"),
        ["broken anchor on the same page"] = (new() { [Recall] = Entry(body: "See [below](#nope).") },
            [$"input/{Recall}:15:5: error EX0402"], "copy the link"),
        ["anchor on the same page is fine"] = (new() { [Recall] = Entry(body: "See [below](#the-recall).\n\n## The recall\n\nIt was recalled.") }, [], ""),
        ["blank line before the front matter"] = (new() { [Recall] = "\n" + Entry() },
            [$"input/{Recall}:1:1: error EX0101"], "delete the blank line(s) above the first '---'"),
        ["date written day/month/year"] = (new() { [Recall] = Entry(date: "04/07/2026") },
            [$"input/{Recall}:3:7: error EX0102"], "use an EDTF date"),
        ["image not in static"] = (new() { [Recall] = Entry(body: "![A chart](/img/chart.png)") },
            [$"input/{Recall}:15:1: error EX0204"], "input/static/img/a.png is /img/a.png"),
        ["hidden entry file"] = (new() { ["entries/2026/.acme-recalls-widget.md"] = Entry() },
            ["input/entries/2026/.acme-recalls-widget.md:1:1: warning EX0004"], "without the leading '.'"),
        ["source merged in with a YAML merge key"] = (new() { [Recall] = Entry().Replace("  - title: A source\n", "  - <<: {title: A source}\n    title: A source\n") },
            [$"input/{Recall}:8:5: error EX0104"], "write the fields out in full"),
        ["stray '---' inside the front matter"] = (new() { [Recall] = Entry().Replace("sources:\n", "---\nsources:\n") },
            [$"input/{Recall}:2:1: error EX0105", $"input/{Recall}:7:1: warning EX0115"], "add a line such as"),
        ["working anchor is fine"] = (new() { [Recall] = Entry(body: "See [the FAQ](/faq/#what-is-widget).") }, [], ""),
        ["value cut by a YAML comment"] = (new() { [Recall] = Entry(@event: "Acme recalls Widget #AI news") },
            [$"input/{Recall}:2:28: warning EX0403"], "event: \"Acme recalls Widget #AI news\""),
        ["value with quotes cut by a YAML comment"] = (new() { [Recall] = Entry(@event: "Acme's \"Widget\" C:\\recall #AI news") },
            [$"input/{Recall}:2:34: warning EX0403"], "event: \"Acme's \\\"Widget\\\" C:\\\\recall #AI news\""),
        ["party id in capitals of an existing party"] = (new() { [Recall] = Entry(parties: "Acme, widget") },
            [$"input/{Recall}:4:11: error EX0201"], "write it as 'acme'"),
        // Markdown in a front matter value is reported where it is written in the file, not at its item's first line.
        ["broken link in a one-line FAQ answer"] = (new() { [Recall] = Entry().Replace("answer: An answer.", "answer: See [the launch](/entries/nope/).") },
            [$"input/{Recall}:13:17: error EX0204"], "check the entry's slug"),
        ["broken link in a block FAQ answer"] = (new() { [Recall] = Entry().Replace("answer: An answer.", "answer: |\n      First.\n\n      See [x](/entries/nope/).") },
            [$"input/{Recall}:16:11: error EX0204"], "check the entry's slug"),
        ["broken link in a correction"] = (new() { [Recall] = Entry().Replace("    answer: An answer.\n", "    answer: An answer.\ncorrections:\n  - date: 2026-04-02\n    text: \"Fixed [x](/entries/nope/)\"\n") },
            [$"input/{Recall}:16:18: error EX0204"], "check the entry's slug"),
        ["aligned comment is fine"] = (new() { [Recall] = Entry(@event: "Acme recalls Widget   # a real comment") }, [], ""),
        [".markdown entry"] = (new() { ["entries/2026/acme-recalls-widget.markdown"] = Entry() },
            ["input/entries/2026/acme-recalls-widget.markdown:1:1: error EX0404"], "rename it to acme-recalls-widget.md"),
        [".MD party"] = (new() { ["parties/gizmo.MD"] = "---\nname: Gizmo\nkind: company\nsummary: A company.\n---\n" },
            ["input/parties/gizmo.MD:1:1: error EX0404"], "rename it to gizmo.md"),
        [".txt entry"] = (new() { ["entries/notes.txt"] = "notes" }, ["input/entries/notes.txt:1:1: error EX0404"], "rename it to notes.md"),
        ["near-miss tag"] = (new()
            {
                ["entries/2026/a.md"] = Entry(@event: "Acme bans Gadget", tags: "corporate-policy, launches", question: "Why Gadget?"),
                ["entries/2026/b.md"] = Entry(@event: "Acme drops Gizmo", date: "2026-05-01", tags: "corporate-policy, launches", question: "Why Gizmo?"),
                [Recall] = Entry(tags: "corporate-polcy, launches", date: "2026-06-01"),
            },
            [$"input/{Recall}:6:8: warning EX0405"], "did you mean 'corporate-policy' (used by 2 entries)?"),
        ["likely duplicate event"] = (new()
            {
                [Recall] = Entry(@event: "Acme recalls Widget"),
                ["entries/2026/widget-recalled.md"] = Entry(@event: "Acme recalls its Widget", parties: "acme", question: "Who recalled it?"),
            },
            [$"input/{Recall}:1:1: warning EX0406", "input/entries/2026/widget-recalled.md:1:1: warning EX0406"], "add this file's sources to the other entry"),
        ["same date, different event"] = (new()
            {
                [Recall] = Entry(@event: "Acme recalls Widget"),
                ["entries/2026/acme-opens-office.md"] = Entry(@event: "Acme opens an office in Lyon", parties: "acme", question: "Where?"),
            }, [], ""),
        ["duplicate slug"] = (new()
            {
                [Recall] = Entry(),
                ["entries/2025/acme-recalls-widget.md"] = Entry(@event: "Acme recalled Widget before", date: "2025-01-01", question: "Again?"),
            },
            ["input/entries/2025/acme-recalls-widget.md:1:1: error EX0202", $"input/{Recall}:1:1: error EX0202"], "rename one of the files"),
        ["duplicate FAQ question"] = (new() { [Recall] = Entry(question: "What is Widget?") },
            [$"input/{Minimal}:13:5: error EX0203", $"input/{Recall}:12:5: error EX0203"], "reword one of the questions"),
        ["tab indentation"] = (new() { [Recall] = Entry().Replace("    publisher: Example News", "\tpublisher: Example News") },
            [$"input/{Recall}:9:1: error EX0103"], "indent with spaces"),
        ["party id in capitals"] = (new() { [Recall] = Entry(parties: "Alibaba, acme") },
            [$"input/{Recall}:4:11: error EX0201"], "--party alibaba)"),
        ["party listed twice"] = (new() { [Recall] = Entry(parties: "acme, widget, acme, acme") },
            [$"input/{Recall}:4:25: error EX0108"], "list each party once"),
        ["lone tag repeated in its entry"] = (new() { [Recall] = Entry(tags: "launches, recalls, recalls") },
            [$"input/{Recall}:6:18: warning EX0405", $"input/{Recall}:6:27: warning EX0405"], "fine if it names a new topic"),
        ["misspelt party"] = (new() { [Recall] = Entry(parties: "acmee, widget") },
            [$"input/{Recall}:4:11: error EX0201"], "did you mean 'acme'?"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_mistake_is_reported_at_its_exact_place_with_a_hint(string name)
    {
        var (files, expected, hint) = Cases[name];
        using var folder = new TempFolder();

        var diagnostics = Diagnose(folder, files);

        Assert.Equal(expected, diagnostics.Select(d => Located(folder, d)));
        if (expected.Length > 0) Assert.Contains(hint, diagnostics[0].Hint);
    }

    [Fact]
    public void Duplicates_name_each_other()
    {
        using var folder = new TempFolder();
        var diagnostics = Diagnose(folder, Cases["duplicate FAQ question"].Files);
        Assert.Contains($"{Minimal}:13:5", diagnostics.Single(d => d.Location.Path.EndsWith(Recall)).Message);
        Assert.Contains($"{Recall}:12:5", diagnostics.Single(d => d.Location.Path.EndsWith(Minimal)).Message);
    }

    [Fact]
    public void Many_look_alikes_on_one_date_get_one_warning_each_naming_a_few()
    {
        // Twelve entries of one date whose headlines differ by a number: 132 warnings one pair at a time, 12 this way.
        var files = Enumerable.Range(1, 12).ToDictionary(i => $"entries/2026/widget-batch-{i}.md",
            i => Entry(@event: $"Acme recalls Widget batch {i}", question: $"Which batch is {i}?"));
        using var folder = new TempFolder();

        var warnings = Diagnose(folder, files).Where(d => d.Code == DiagnosticCodes.LikelyDuplicateEvent).ToList();

        Assert.Equal(files.Keys.Select(path => $"input/{path}").Order(), warnings.Select(w => Located(folder, w).Split(':')[0]).Order());
        Assert.All(warnings, w => Assert.Contains("as 11 other entries of the same date", w.Message));
        Assert.All(warnings, w => Assert.EndsWith(" and 8 more", w.Message));
        var first = warnings.Single(w => w.Location.Path.EndsWith("widget-batch-1.md"));
        Assert.Matches(@": [^ ]*entries/2026/widget-batch-\d+\.md \('Acme recalls Widget batch \d+'\), ", first.Message);
        Assert.DoesNotContain("widget-batch-1.md", first.Message);
    }

    [Fact]
    public void A_value_cut_by_a_comment_says_what_gets_published()
    {
        using var folder = new TempFolder();
        var warning = Diagnose(folder, Cases["value cut by a YAML comment"].Files).Single();
        Assert.Contains("the published value is 'Acme recalls Widget'", warning.Message);
    }

    /// <summary>Runs every <c>dotnet run -- …</c> command any case's hints suggest, as the built program, in the case's folder.</summary>
    [Fact]
    public void Every_command_a_hint_suggests_works()
    {
        var ran = 0;
        foreach (var (name, (files, _, _)) in Cases)
        {
            using var folder = new TempFolder();
            foreach (var hint in Diagnose(folder, files).Select(d => d.Hint).OfType<string>())
            {
                foreach (Match command in SuggestedCommand().Matches(hint))
                {
                    var (exit, output) = RunExplainer(folder.Path, command.Groups[1].Value);
                    Assert.True(exit == 0, $"{name}: the hint's command 'dotnet run -- {command.Groups[1].Value}' exited {exit}:\n{output}");
                    ran++;
                }
            }
        }
        Assert.True(ran >= 2, $"only {ran} suggested commands were found, so the test proves little");
    }

    /// <summary>The test entry cites a source without a link, so as to keep the line numbers above; that warning is the sourcing tests' concern.</summary>
    private static List<Diagnostic> Diagnose(TempFolder folder, Dictionary<string, string> files) =>
        SiteBuild.Generate(folder, files).Diagnostics.Where(d => d.Code != DiagnosticCodes.SourceWithoutLink).ToList();

    private static string Located(TempFolder folder, Diagnostic d) =>
        $"{Path.GetRelativePath(folder.Path, d.Location.Path).Replace('\\', '/')}:{d.Location.Line}:{d.Location.Column}: {(d.IsError ? "error" : "warning")} {d.Code}";

    private static (int Exit, string Output) RunExplainer(string workingDirectory, string arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "explainer.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in Regex.Matches(arguments, "\"[^\"]*\"|\\S+").Select(m => m.Value.Trim('"'))) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>A command in a hint runs to the end of its parentheses, sentence or line.</summary>
    [GeneratedRegex(@"dotnet run -- ([^)\n;]+)")]
    private static partial Regex SuggestedCommand();
}
