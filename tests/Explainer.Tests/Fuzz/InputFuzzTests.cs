using CsCheck;
using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Issue 8: mutates the real entries, parties and site.yml (front matter and Markdown alike) and checks that no exception
/// escapes the parse and render stages and that every diagnostic names a file and a line. The normal run tries a fixed,
/// small number of cases; set FUZZ_ITERATIONS (e.g. 20000) for a long run: <c>FUZZ_ITERATIONS=20000 dotnet test --filter Category=Fuzz</c>.
/// </summary>
[Trait("Category", "Fuzz")]
public class InputFuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 300;

    /// <summary>Fragments that have broken parsers before: YAML syntax, Markdown containers, raw HTML, control and odd characters.</summary>
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "\n", "\n  ", "---", "...", "~", "null", "&a ", "*a", "*nope", "!!binary ", "!!map", "<<: *a",
        "\"", "'", "\\", "\\x01", "\\u0000", "\t", "\u0001", "\f", "\u001b", "\uFFFE", "\u202E", "😀", "２０２６", "٢٠٢٦", "-13-45",
        ">", "> > > >", "- - - -", "1. ", "* ", "[", "](", "](/entries/", "](javascript:alert(1))", "`", "```", "|", "| --- |", "# ", "## ",
        "<script>", "<div>", "</div>", "<b>", "<img src=x onerror=alert(1)>", "<!--", "{{ site.title }}", "{% raw %}", "&amp;", "&#0;",
        "https://", "http://user:pw@x.org/", "?q#f", "%2e%2e/", "../", "\r", "\u2028", "\u00A0", "slug: ", "tags: [", "faq:\n  - ",
    ];

    private static readonly IReadOnlyList<(string RelativePath, string Text)> RealFiles = Directory
        .EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith("site.yml", StringComparison.Ordinal))
        .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetRelativePath(RepositoryPaths.Input, f).Replace('\\', '/'), File.ReadAllText(f)))
        .ToList();

    private static readonly Gen<string> Fragment = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]);

    /// <summary>One edit to a text: insert a fragment, repeat one (up to thousands of times, for depth), delete or duplicate a span.</summary>
    private static readonly Gen<Func<string, string>> Edit = Gen.OneOf(
        Gen.Select(Gen.Int[0, 1_000_000], Fragment, (at, fragment) => (Func<string, string>)(text => text.Insert(at % (text.Length + 1), fragment))),
        Gen.Select(Gen.Int[0, 1_000_000], Fragment, Gen.Int[2, 3000], (at, fragment, times) =>
            (Func<string, string>)(text => text.Insert(at % (text.Length + 1), string.Concat(Enumerable.Repeat(fragment, times))))),
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 40], (at, length) => (Func<string, string>)(text =>
        {
            var start = at % (text.Length + 1);
            return text.Remove(start, Math.Min(length, text.Length - start));
        })),
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 200], (at, length) => (Func<string, string>)(text =>
        {
            var start = at % (text.Length + 1);
            return text.Insert(start, text.Substring(start, Math.Min(length, text.Length - start)));
        })),
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Char, (at, c) => (Func<string, string>)(text =>
            text.Length == 0 ? text : text.Remove(at % text.Length, 1).Insert(at % text.Length, c.ToString()))));

    /// <summary>A real file and one to five edits applied to it.</summary>
    private static readonly Gen<(string RelativePath, string Text)> MutatedFile =
        Gen.Select(Gen.Int[0, RealFiles.Count - 1], Edit.Array[1, 5], (index, edits) =>
        {
            var (path, text) = RealFiles[index];
            return (path, edits.Aggregate(text, (current, edit) => edit(current)));
        });

    private static readonly MarkdownRenderer Markdown = new("/explainer/");

    [Fact]
    public void Mutated_files_never_throw_and_every_diagnostic_has_a_position()
    {
        MutatedFile.Sample(file =>
        {
            var input = new InputFile("input/" + file.RelativePath, file.RelativePath, file.Text);
            var diagnostics = new List<Diagnostic>();
            if (file.RelativePath == "site.yml")
            {
                diagnostics.AddRange(SiteSettingsParser.Parse(input).Diagnostics);
            }
            else if (file.RelativePath.StartsWith("parties/", StringComparison.Ordinal))
            {
                var (party, partyDiagnostics) = PartyParser.Parse(input);
                diagnostics.AddRange(partyDiagnostics);
                if (party is not null) diagnostics.AddRange(ContentRenderer.RenderParty(party, Markdown).Diagnostics);
            }
            else
            {
                var (entry, entryDiagnostics) = EntryParser.Parse(input);
                diagnostics.AddRange(entryDiagnostics);
                if (entry is not null) diagnostics.AddRange(ContentRenderer.RenderEntry(entry, Markdown).Diagnostics);
                else if (FrontMatterSplitter.Split(input).FrontMatter is { } frontMatter)
                    diagnostics.AddRange(Markdown.Render(frontMatter.Body, input.DisplayPath, frontMatter.BodyFirstLine).Diagnostics);
            }
            AssertLocated(diagnostics);
        }, iter: Iterations, threads: 1, print: file => $"{file.RelativePath}:\n{Shorten(file.Text)}");
    }

    [Fact]
    public void Whole_builds_of_mutated_sites_never_throw()
    {
        // Fewer cases: each is a whole build on disk (theme, site model, pages, feed, sitemap).
        MutatedFile.Sample(file =>
        {
            using var folder = new TempFolder();
            folder.CopyFrom(RepositoryPaths.Input, "input");
            // An edit can cut a surrogate pair in two; File.WriteAllText's UTF-8 throws on the lone half (seed ektDm_SMN2D1), while
            // an editor would save a replacement character: write it that way (invalid UTF-8 files have tests of their own).
            File.WriteAllText(folder[Path.Combine("input", file.RelativePath)], file.Text, new System.Text.UTF8Encoding(false));
            var result = SiteGenerator.Generate(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));
            AssertLocated(result.Diagnostics);
        }, iter: Math.Max(Iterations / 100, 3), threads: 1, print: file => $"{file.RelativePath}:\n{Shorten(file.Text)}");
    }

    private static void AssertLocated(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Assert.False(string.IsNullOrEmpty(diagnostic.Location.Path), $"no file: {diagnostic}");
            Assert.True(diagnostic.Location.Line >= 1, $"no line: {diagnostic}");
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length:N0} characters)";
}
