using Explainer.Content;
using Explainer.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Links;

/// <summary>Finds the absolute http(s) links written in a piece of Markdown (inline, reference and autolinks), with their file positions.</summary>
public static class MarkdownLinks
{
    // The same link syntax as the site's renderer: autolinks on, positions kept.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UsePreciseSourceLocation().Build();

    /// <param name="firstLine">The file line the Markdown starts on.</param>
    public static IEnumerable<ExternalLink> External(string markdown, string path, int firstLine, string what)
    {
        if (!markdown.Contains("http", StringComparison.OrdinalIgnoreCase)) yield break;
        foreach (var node in Markdig.Markdown.Parse(markdown, Pipeline).Descendants())
        {
            var url = node switch
            {
                LinkInline link => link.Url,
                AutolinkInline { IsEmail: false } autolink => autolink.Url,
                _ => null,
            };
            if (url is not null && UrlRules.IsHttp(url.Trim()))
                yield return new ExternalLink(url.Trim(), new SourceLocation(path, node.Line + firstLine, node.Column + 1), what);
        }
    }
}
