using Explainer.Diagnostics;

namespace Explainer.Markdown;

/// <summary>Sanitized HTML from a piece of Markdown, the site-internal links it contains (for validation) and any problems found.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<InternalLink> Links, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The links to a part of the same page (<c>#why-it-matters</c>) as links to <paramref name="sitePath"/>'s, so their anchors are
    /// checked like any other; without a page (an FAQ answer or a correction, shown on several pages) they are not checked.
    /// </summary>
    public RenderedMarkdown OnPage(string? sitePath)
    {
        if (!Links.Any(l => l.IsSamePage)) return this;
        return this with
        {
            Links = sitePath is null
                ? Links.Where(l => !l.IsSamePage).ToList()
                : Links.Select(l => l.IsSamePage ? l with { Target = "/" + sitePath + l.Target } : l).ToList(),
        };
    }
}

/// <summary>A root-relative link written in Markdown (<c>/entries/x/</c>), or one to a part of the same page (<c>#x</c>), and where it was written.</summary>
public sealed record InternalLink(string Target, SourceLocation Location)
{
    public bool IsSamePage => Target.StartsWith('#');
}
