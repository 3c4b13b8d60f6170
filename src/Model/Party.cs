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
    string RelativePath)
{
    /// <summary>The sources the party page's own claims rest on (optional, like an entry's).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>When the page was last changed in substance, if stated (git history, when there is one, wins).</summary>
    public EdtfDate? Updated { get; init; }
}
