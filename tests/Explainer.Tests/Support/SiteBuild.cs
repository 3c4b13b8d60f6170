using Explainer.Build;
using Explainer.Output;

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

    /// <summary>Writes <paramref name="files"/> (paths relative to input/) over the minimal site and generates it without writing output.</summary>
    public static BuildResult Generate(TempFolder folder, IReadOnlyDictionary<string, string> files, string? basePath = null)
    {
        WriteInput(folder, files);
        return SiteGenerator.Generate(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"], basePath));
    }

    public static void WriteInput(TempFolder folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in MinimalSite.Where(f => !files.ContainsKey(f.Key))) folder.Write(Path.Combine("input", path), text);
        foreach (var (path, text) in files.Where(f => f.Value.Length > 0)) folder.Write(Path.Combine("input", path), text);
    }

    public static string Text(this BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);

    public static OutputFile? File(this BuildResult result, string path) => result.Files.SingleOrDefault(f => f.Path == path);
}
