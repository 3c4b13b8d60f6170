using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A company, government, organisation, product or person that events involve: a file in input/parties/.</summary>
public sealed record Party(
    string Id,
    string Name,
    PartyKind Kind,
    string Summary,
    string? Country,
    string? Website,
    Reference? Owner,
    string BodyMarkdown,
    int BodyFirstLine,
    SourceLocation Location,
    string RelativePath);
