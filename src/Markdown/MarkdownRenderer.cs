using Explainer.Diagnostics;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Renders contributed Markdown to safe HTML. Built once per build and shared by all threads:
/// the Markdig pipeline and the sanitizer are immutable after construction. The sanitizer is made the first time a document
/// has raw HTML: most have none, and making it (AngleSharp's CSS tables, compiled on first use) cost ~0.2 s at the start of
/// every build's Markdown stage, before any document could be rendered.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    // The same without the autolink extension, for the texts it would change nothing in (most of them; see BareAddresses).
    private readonly MarkdownPipeline _withoutAutolinks;
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(HtmlSafety.CreateSanitizer);
    private readonly string _basePath;

    // Inline tags repeat (<b> and </b> 50,000 times cost 22 s with a sanitizer each); a short fragment's verdict never changes,
    // so it is remembered for the build (bounded, thread-safe).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _fragmentVerdicts = new(StringComparer.Ordinal);
    private const int RememberedFragmentLength = 200;
    private const int RememberedFragments = 10_000;

    /// <param name="basePath">Prefix for root-relative links, e.g. <c>/explainer/</c>.</param>
    public MarkdownRenderer(string basePath)
    {
        _basePath = basePath;
        _pipeline = Pipeline(autolinks: true);
        _withoutAutolinks = Pipeline(autolinks: false);
    }

    /// <summary>The pipeline the renderer parses with, with or without the autolink extension.</summary>
    public static MarkdownPipeline Pipeline(bool autolinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes();
        if (autolinks) builder.UseAutoLinks();
        return builder
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseListExtras()
            .UsePreciseSourceLocation()
            .Use<TaskListMarks>()
            .Build();
    }

    /// <summary>The prefix root-relative links get, e.g. <c>/explainer/</c>.</summary>
    public string BasePath => _basePath;

    /// <param name="firstLine">The file line the Markdown starts on, so diagnostics point into the file.</param>
    /// <param name="ids">The ids already taken on the page this Markdown appears on; headings get unique ones from it.</param>
    public RenderedMarkdown Render(string markdown, string displayPath, int firstLine, PageIds? ids = null)
    {
        ids ??= new PageIds([]);
        // The loader refuses such characters in files; Markdown can also arrive from elsewhere (a caller, a fuzzer), and Markdig
        // throws on a lone surrogate inside a link's URL, so the body is refused here with its position instead.
        var forbidden = Content.XmlCharacters.FindForbidden(markdown);
        if (forbidden >= 0)
        {
            var line = markdown.AsSpan(0, forbidden).Count('\n');
            var lineStart = forbidden == 0 ? 0 : markdown.LastIndexOf('\n', forbidden - 1) + 1;
            var column = forbidden - lineStart + 1;
            return new RenderedMarkdown("", [], [Diagnostic.Error(DiagnosticCodes.ForbiddenCharacter, new SourceLocation(displayPath, line + firstLine, column),
                $"the text contains the character {Content.XmlCharacters.Name(markdown[forbidden])}, which web pages and feeds cannot carry",
                "delete it (it is invisible in most editors), or the escape sequence that produces it")]);
        }
        // One plain line (most FAQ answers): its paragraph needs no parse, and it has no links, headings or HTML to check.
        if (PlainParagraph.TryRender(markdown) is { } plain) return new RenderedMarkdown(plain, [], []);
        var tooDeep = MarkdownDepth.FindTooDeep(markdown);
        if (tooDeep is { } at) return Refused(new SourceLocation(displayPath, at.Line + firstLine, at.Column + 1));
        if (CrowdedParagraphs.Find(markdown) is { } crowded)
        {
            return new RenderedMarkdown("", [], [Diagnostic.Error(DiagnosticCodes.CrowdedParagraph, new SourceLocation(displayPath, crowded + firstLine, 1),
                $"this paragraph holds more than {Content.InputLimits.MaxInlineMarkupPerParagraph:N0} links, addresses or HTML tags",
                "split it into paragraphs or a list (one item per link); a paragraph that long is never meant as prose")]);
        }
        try
        {
            return RenderChecked(markdown, displayPath, firstLine, ids);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's own limit, reached by a shape the pre-scan does not count (long runs of unclosed emphasis, found by
            // trying); the body is still refused with its file, and the message does not claim quotes or lists it did not count.
            // Markdig does not say where: the line with the most * and _ is the likeliest, and it beats the body's first line.
            var (line, column) = MarkdownDepth.MostEmphasisMarks(markdown);
            return new RenderedMarkdown("", [], [Diagnostic.Error(DiagnosticCodes.TooDeep, new SourceLocation(displayPath, line + firstLine, column + 1),
                "the Markdown is nested more deeply than the Markdown reader allows, most often by a long run of unclosed * or _",
                "write a * or _ that is not emphasis as \\* or \\_, and close each emphasis you open")]);
        }
    }

    private static RenderedMarkdown Refused(SourceLocation location) =>
        new("", [], [Diagnostic.Error(DiagnosticCodes.TooDeep, location,
            $"the Markdown is nested more than {Content.InputLimits.MaxMarkdownDepth} levels deep (quotes, lists or brackets)",
            "flatten the quotes or lists; a line of hundreds of '>' or '[' is never meant as content")]);

    private RenderedMarkdown RenderChecked(string markdown, string displayPath, int firstLine, PageIds ids)
    {
        var pipeline = _withoutAutolinks;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        if (BareAddresses.MayLink(markdown, document))
        {
            pipeline = _pipeline;
            document = Markdig.Markdown.Parse(markdown, pipeline);
        }
        var diagnostics = new List<Diagnostic>();
        var links = new List<InternalLink>();
        var hasRawHtml = false;
        var htmlDepth = new HtmlDepth();

        // Where a node is written: made only for the nodes that need it (a location per node was ~16 MB at 10,000 entries).
        SourceLocation At(MarkdownObject node) => new(displayPath, Line(node) + firstLine, Column(node) + 1);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    link.Url = Rewrite(link.Url, At(node), links, diagnostics);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    autolink.Url = Rewrite(autolink.Url, At(node), links, diagnostics) ?? "";
                    break;
                case HtmlBlock block:
                    hasRawHtml = true;
                    var text = block.Lines.ToString();
                    if (TooDeep(htmlDepth, text, At(node), diagnostics)) return new RenderedMarkdown("", links, diagnostics);
                    ReportUnsafeHtml(text, At(node), diagnostics);
                    break;
                case HtmlInline inline:
                    hasRawHtml = true;
                    if (TooDeep(htmlDepth, inline.Tag, At(node), diagnostics)) return new RenderedMarkdown("", links, diagnostics);
                    ReportUnsafeHtml(inline.Tag, At(node), diagnostics);
                    break;
                case HeadingBlock heading when ids.Claim(PlainText(heading.Inline)) is { } id:
                    heading.GetAttributes().Id = id;
                    break;
            }
        }

        // Content with errors is never published, so the sanitizer (the costly part) need not run over it.
        if (diagnostics.Any(d => d.IsError)) return new RenderedMarkdown("", links, diagnostics);

        // The pipeline lends a renderer it keeps between calls (a new one per document, set up and grown each time, was ~90 MB
        // of a 10,000-entry build's allocations).
        var rendered = document.ToHtml(pipeline);
        // Without raw HTML, Markdig escapes all text and attributes and every URL was checked above, so the output is safe
        // as it is. With raw HTML, the sanitizer removes whatever the checks missed. (Sanitizing everything costs ~2 s per 10,000 entries.)
        var html = hasRawHtml ? _sanitizer.Value.Sanitize(rendered) : rendered;
        html = html.Replace("\r\n", "\n");
        return new RenderedMarkdown(html, links, diagnostics);
    }

    private string? Rewrite(string? url, SourceLocation location, List<InternalLink> links, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrEmpty(url)) return url;
        var trimmed = url.Trim();
        var scheme = Scheme(trimmed);
        if (scheme is not null && !HtmlSafety.AllowedSchemes.Contains(scheme))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeLink, location,
                $"links with '{scheme}:' addresses are not allowed",
                "link to an https:// address, or to a page of this site such as /entries/<slug>/"));
            return "";
        }
        if (scheme is null && !trimmed.StartsWith('/') && !trimmed.StartsWith('#'))
        {
            diagnostics.Add(Validation.RelativeLinkRule.Report(trimmed, location));
            return url;
        }
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            links.Add(new InternalLink(trimmed, location));
            return _basePath + trimmed[1..];
        }
        // A part of the same page: its caller knows which page that is (RenderedMarkdown.OnPage).
        if (trimmed.Length > 1 && trimmed.StartsWith('#')) links.Add(new InternalLink(trimmed, location));
        return url;
    }

    /// <summary>The URL's scheme in lower case, or null for relative URLs. Browsers ignore tabs, newlines and control
    /// characters inside URLs ("java\tscript:"), so they are ignored here too before looking.</summary>
    private static string? Scheme(string url)
    {
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = compact[..colon];
        if (candidate.Contains('/') || candidate.Contains('?') || candidate.Contains('#')) return null;
        return candidate.ToLowerInvariant();
    }

    private static bool TooDeep(HtmlDepth depth, string html, SourceLocation location, List<Diagnostic> diagnostics)
    {
        var at = depth.Add(html);
        if (at < 0) return false;
        var line = html.AsSpan(0, at).Count('\n');
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooDeep, location with { Line = location.Line + line, Column = line == 0 ? location.Column + at : at - html.LastIndexOf('\n', at) },
            $"raw HTML nests elements more than {Content.InputLimits.MaxHtmlDepth} levels deep",
            "write it in Markdown, or close the elements; deeply nested HTML is never meant as content"));
        return true;
    }

    private IReadOnlyList<string> HtmlProblems(string rawHtml)
    {
        if (rawHtml.Length > RememberedFragmentLength) return HtmlSafety.Problems(rawHtml);
        if (_fragmentVerdicts.TryGetValue(rawHtml, out var known)) return known;
        var problems = HtmlSafety.Problems(rawHtml);
        if (_fragmentVerdicts.Count < RememberedFragments) _fragmentVerdicts.TryAdd(rawHtml, problems);
        return problems;
    }

    private void ReportUnsafeHtml(string rawHtml, SourceLocation location, List<Diagnostic> diagnostics)
    {
        var problems = HtmlProblems(rawHtml);
        if (problems.Count == 0) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeHtml, location,
            $"raw HTML that would be removed: {string.Join("; ", problems.Distinct())}",
            "write it in Markdown instead; scripts, event handlers, inline styles and forms are never published"));
    }

    /// <summary>A heading's text without markup, as an id is made from it.</summary>
    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var leaf in inline.Descendants())
        {
            switch (leaf)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString();
    }

    private static int Line(MarkdownObject node) => node.Line;

    private static int Column(MarkdownObject node) => node.Column;
}
