using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>An entry with its Markdown body and FAQ answers rendered to sanitized HTML.</summary>
public sealed record RenderedEntry(Entry Entry, string BodyHtml, IReadOnlyList<RenderedFaq> Faq)
{
    /// <summary>Where the entry files in lists grouped by period (<see cref="ListKeys"/>), worked out once: every list groups by it,
    /// and reading it through the entry's date cost a preview save more than grouping itself.</summary>
    public PartialDate Filed { get; } = ListKeys.Filed(Entry);

    /// <summary>Its corrections, newest first, each text rendered.</summary>
    public IReadOnlyList<RenderedCorrection> Corrections { get; init; } = [];
}

/// <summary>A FAQ item with its answer rendered to sanitized HTML.</summary>
public sealed record RenderedFaq(FaqItem Item, string AnswerHtml);

/// <summary>A party with its Markdown body rendered to sanitized HTML.</summary>
public sealed record RenderedParty(Party Party, string BodyHtml)
{
    /// <summary>Its corrections, newest first, each text rendered.</summary>
    public IReadOnlyList<RenderedCorrection> Corrections { get; init; } = [];
}

/// <summary>A correction with its text rendered to sanitized HTML.</summary>
public sealed record RenderedCorrection(Correction Correction, string TextHtml);

/// <summary>A standalone page with its body rendered to sanitized HTML.</summary>
public sealed record RenderedPage(Page Page, string BodyHtml);
