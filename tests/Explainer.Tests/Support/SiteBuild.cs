using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Pages;

namespace Explainer.Tests.Support;

/// <summary>Builds a site for tests: from a folder or from inline files, into a temporary output folder.</summary>
public static class SiteBuild
{
    /// <summary>A minimal valid site.yml, two parties and one entry that inline-file tests start from and then vary.</summary>
    public static readonly IReadOnlyDictionary<string, string> MinimalSite = new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: Test Explainer
            description: A tiny site for tests.
            language: en
            url: https://example.org/explainer/
            repository: https://github.com/example/explainer
            """,
        ["parties/acme.md"] = """
            ---
            name: Acme Corp
            kind: company
            summary: A company that exists only in tests.
            country: US
            sources:
              - title: About Acme
                publisher: Example News
                published: 2026-01-10
                url: https://example.org/news/acme
            ---
            Acme makes things.
            """,
        ["parties/widget.md"] = """
            ---
            name: Widget
            kind: product
            summary: A product of Acme.
            owner: acme
            ---
            """,
        ["entries/2026/acme-launches-widget.md"] = """
            ---
            event: Acme launches Widget
            date: 2026-03-05
            parties: [acme, widget]
            summary: Acme launched Widget.
            tags: [launches]
            sources:
              - title: Acme launches Widget
                publisher: Example News
                published: 2026-03-05
                url: https://example.org/news/widget
            faq:
              - question: What is Widget?
                answer: A product of [Acme](/parties/acme/).
            ---
            Acme **launched** Widget.
            """,
    };

    /// <summary>The minimal site's entry, parsed on its own (for tests of the stages after parsing).</summary>
    public static Model.Entry ParsedMinimalEntry()
    {
        const string path = "entries/2026/acme-launches-widget.md";
        var (entry, diagnostics) = Content.EntryParser.Parse(new Content.InputFile("input/" + path, path, MinimalSite[path].ReplaceLineEndings("\n")));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return entry!;
    }

    /// <summary>Writes <paramref name="files"/> (paths relative to input/) over the minimal site and generates it in memory, writing no output.</summary>
    /// <param name="lists">List limits other than the defaults (small ones make a few entries split their lists).</param>
    public static GeneratedSite Generate(TempFolder folder, IReadOnlyDictionary<string, string> files, string? basePath = null, ListLimits? lists = null)
    {
        WriteInput(folder, files);
        return InMemory(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"], basePath) { Lists = lists ?? ListLimits.Default });
    }

    /// <summary>The whole build with every file kept in memory (the build result itself keeps only paths and hashes).</summary>
    public static GeneratedSite InMemory(BuildOptions options)
    {
        var written = new MemorySiteWriter();
        return new GeneratedSite(SiteGenerator.Generate(options, written), written);
    }

    /// <summary>Builds into <paramref name="options"/>' output folder as the build command does (staging, swap), without search.</summary>
    public static BuildResult Into(BuildOptions options, Func<string, bool>? finish = null) => Into(options, finish, out _);

    public static BuildResult Into(BuildOptions options, Func<string, bool>? finish, out OutputWriter.Outcome outcome)
    {
        var (writer, problem) = OutputWriter.Open(OutputFolders.For(options.OutputFolder));
        Assert.True(writer is not null, problem);
        var result = SiteGenerator.Generate(options, writer);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        outcome = writer.Commit(result.Files, finish);
        return result;
    }

    public static void WriteInput(TempFolder folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in MinimalSite.Where(f => !files.ContainsKey(f.Key))) folder.Write(Path.Combine("input", path), text);
        foreach (var (path, text) in files.Where(f => f.Value.Length > 0)) folder.Write(Path.Combine("input", path), text);
    }
}

/// <summary>A build made in memory for tests: the result, and the bytes of every file it wrote.</summary>
public sealed record GeneratedSite(BuildResult Result, MemorySiteWriter Written)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public bool Succeeded => Result.Succeeded;

    public BuildStatistics Statistics => Result.Statistics;

    public IReadOnlyList<OutputFile> Files => Result.Files.Select(f => new OutputFile(f.Path, Written.Bytes(f.Path)!.Value.ToArray())).ToList();

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(File(path)!.Bytes);

    public OutputFile? File(string path) =>
        Result.Files.Any(f => f.Path == path) && Written.Bytes(path) is { } bytes ? new OutputFile(path, bytes.ToArray()) : null;
}
