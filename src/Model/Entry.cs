using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>One event: the typed front matter and Markdown body of a file in input/entries/.</summary>
/// <param name="BodyMarkdown">The body as written. Empty in a build's site model, once rendered (<see cref="Explainer.Build.BuildStages.RenderEntry"/>): read <see cref="Explainer.SiteModel.RenderedEntry.BodyHtml"/> there.</param>
public sealed record Entry(
    string Slug,
    string Event,
    EdtfDate Date,
    IReadOnlyList<Reference> Parties,
    string Summary,
    IReadOnlyList<Reference> Tags,
    EntryStatus Status,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<FaqItem> Faq,
    EdtfDate? Updated,
    string BodyMarkdown,
    int BodyFirstLine,
    SourceLocation Location,
    string RelativePath)
{
    /// <summary>When the entry was first published on this site, if stated (git history, when there is one, wins).</summary>
    public EdtfDate? Published { get; init; }

    /// <summary>Corrections made to the entry, as written (newest first on pages).</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>
    /// Where the entry sits on the timeline and which year lists it: the one accessor every timeline view orders and
    /// groups by (the rule is documented on <see cref="EdtfDate.Position"/>).
    /// </summary>
    public TimelinePosition Timeline => Date.Position;
}
