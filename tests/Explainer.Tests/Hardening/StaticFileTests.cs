using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Hardening;

/// <summary>Issue 8, points 2, 4 and 6: files in input/static/ obey content's rules, never replace generated files, and links are errors.</summary>
public class StaticFileTests
{
    public static TheoryData<string, string, string, int> UnsafeFiles() => new()
    {
        // path in static/, content, expected code, expected line
        { "page.html", "<p>hi</p>\n<script>alert(1)</script>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "files/fake.html", "<p>x</p>\n\n<img src=x onerror=alert(1)>", DiagnosticCodes.UnsafeStaticFile, 3 },
        { "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "link.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<a href=\"javascript:alert(1)\"><text>x</text></a></svg>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "handler.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", DiagnosticCodes.UnsafeStaticFile, 1 },
        { "page.xht", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<script>alert(1)</script></body></html>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "prefixed.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"http://www.w3.org/1999/xhtml\"><body>\n\n<h:script>alert(1)</h:script></body></html>", DiagnosticCodes.UnsafeStaticFile, 3 },
        { "data.rdf", "<?xml version=\"1.0\"?>\n<r xmlns:h=\"http://www.w3.org/1999/xhtml\">\n<h:script>alert(1)</h:script></r>", DiagnosticCodes.UnsafeStaticFile, 3 },
        // An extension no list names, served as some XML type: what the file begins as decides.
        { "notes.xbel", "\uFEFF<?xml version=\"1.0\"?>\n<x xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:img src=\"x\" onerror=\"alert(1)\"/></x>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "page.php", "<!DOCTYPE html>\n<p>x</p>\n<script>alert(1)</script>", DiagnosticCodes.UnsafeStaticFile, 3 },
        { "styled.xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n<a/>", DiagnosticCodes.UnsafeStaticFile, 2 },
        { "robots.txt", "User-agent: *", DiagnosticCodes.StaticCollision, 1 },
        { "feed.xml", "<feed/>", DiagnosticCodes.StaticCollision, 1 },
        { "sitemap.xml", "<urlset/>", DiagnosticCodes.StaticCollision, 1 },
        { "pagefind", "not a folder", DiagnosticCodes.StaticCollision, 1 },
        { "schemas/entry.schema.json", "{}", DiagnosticCodes.StaticCollision, 1 },
        { "data/entries.json", "[]", DiagnosticCodes.StaticCollision, 1 },
        { "assets/site.css", "body{}", DiagnosticCodes.StaticCollision, 1 },
        { "index.html", "<p>home</p>", DiagnosticCodes.StaticCollision, 1 },
        { "entries/x/index.html", "<p>a fake entry</p>", DiagnosticCodes.StaticCollision, 1 },
        { "faq", "a file where the FAQ folder goes", DiagnosticCodes.StaticCollision, 1 },
        { "404.html/x.txt", "inside a generated file's name", DiagnosticCodes.StaticCollision, 1 },
    };

    [Theory]
    [MemberData(nameof(UnsafeFiles))]
    public void Unsafe_or_colliding_static_files_are_located_errors(string path, string text, string code, int line)
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { ["static/" + path] = text });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.EndsWith("static/" + path, error.Location.Path);
        Assert.Equal(line, error.Location.Line);
    }

    [Fact]
    public void Ordinary_static_files_pass()
    {
        using var folder = new TempFolder();
        var result = SiteBuild.Generate(folder, new Dictionary<string, string>
        {
            ["static/google1234.html"] = "google-site-verification: google1234.html",
            ["static/page.html"] = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hi</title></head><body><p><a href=\"https://example.org/\">x</a></p></body></html>",
            ["static/files/logo.svg"] = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>",
            ["static/CNAME"] = "example.org",
            ["static/files/notes.txt"] = "<not markup> just text that starts with a bracket",
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.File("files/logo.svg"));
    }

    [Fact]
    public void Static_collisions_make_builds_fail_every_time_rather_than_ship_either_copy()
    {
        using var folder = new TempFolder();
        var results = Enumerable.Range(0, 4)
            .Select(_ => SiteBuild.Generate(folder, new Dictionary<string, string> { ["static/robots.txt"] = "mine" }))
            .ToList();

        Assert.All(results, r => Assert.Empty(r.Files));
    }

    public static TheoryData<string, string> Links() => new()
    {
        { "static/dangling.txt", "nowhere.txt" },
        { "static/self.txt", "self.txt" },
        { "static/loop-a", "loop-b" },
        { "static/here", "." },
        { "entries/2026/linked.md", "/etc/hostname" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Symbolic_links_anywhere_in_input_are_errors_with_their_path(string path, string target)
    {
        using var folder = new TempFolder();
        SiteBuild.WriteInput(folder, new Dictionary<string, string>());
        var link = folder[Path.Combine("input", path)];
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (path.EndsWith("loop-a", StringComparison.Ordinal)) File.CreateSymbolicLink(folder["input/static/loop-b"], "loop-a");
        if (target == ".") Directory.CreateSymbolicLink(link, target);
        else File.CreateSymbolicLink(link, target);

        var result = SiteGenerator.Generate(new BuildOptions(folder["input"], RepositoryPaths.Theme, folder["output"]));

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Code == DiagnosticCodes.SymbolicLink);
        Assert.EndsWith(path, error.Location.Path);
        Assert.Equal(1, error.Location.Line);
    }
}
