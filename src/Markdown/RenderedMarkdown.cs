using Explainer.Diagnostics;

namespace Explainer.Markdown;

/// <summary>Sanitized HTML from a piece of Markdown, the site-internal links it contains (for validation) and any problems found.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<InternalLink> Links, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A root-relative link written in Markdown (<c>/entries/x/</c>) and where it was written.</summary>
public sealed record InternalLink(string Target, SourceLocation Location);
