using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>One event: the typed front matter and Markdown body of a file in input/entries/.</summary>
public sealed record Entry(
    string Slug,
    string Event,
    PartialDate Date,
    IReadOnlyList<Reference> Parties,
    string Summary,
    IReadOnlyList<Reference> Tags,
    EntryStatus Status,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<FaqItem> Faq,
    PartialDate? Updated,
    string BodyMarkdown,
    int BodyFirstLine,
    SourceLocation Location,
    string RelativePath);
