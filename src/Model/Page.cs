using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A standalone page, input/pages/&lt;slug&gt;.md (about, how we source…), published at /&lt;slug&gt;/.</summary>
/// <param name="Order">Position in the footer (lower first, then by title); pages with <c>footer: false</c> are linked from elsewhere.</param>
public sealed record Page(
    string Slug,
    string Title,
    string Summary,
    int Order,
    bool InFooter,
    EdtfDate? Updated,
    string BodyMarkdown,
    int BodyFirstLine,
    SourceLocation Location,
    string RelativePath);
