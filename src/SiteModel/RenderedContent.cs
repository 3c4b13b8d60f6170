using System.Text;
using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>An entry with its Markdown body and FAQ answers rendered to sanitized HTML.</summary>
/// <remarks>
/// The HTML is kept as UTF-8, which the entry's page copies as it is; <see cref="BodyHtml"/> makes it a string again (feeds read the newest).
/// It is made in the Markdown stage and kept to the end, and memory kept that long is what a large build pays for most
/// (README, "Second round of 2026-12-04"): as UTF-8, this mostly ASCII text takes half the memory of a string.
/// </remarks>
public sealed record RenderedEntry(Entry Entry, string BodyHtml, IReadOnlyList<RenderedFaq> Faq)
{
    private readonly byte[] _bodyHtml = Encoding.UTF8.GetBytes(BodyHtml);

    public string BodyHtml { get => Encoding.UTF8.GetString(_bodyHtml); init => _bodyHtml = Encoding.UTF8.GetBytes(value); }

    /// <summary>The same HTML as UTF-8, for the entry's page to copy as it is.</summary>
    public ReadOnlyMemory<byte> BodyHtmlUtf8 => _bodyHtml;

    /// <summary>Where the entry files in lists grouped by period (<see cref="ListKeys"/>), worked out once: every list groups by it,
    /// and reading it through the entry's date cost a preview save more than grouping itself.</summary>
    public PartialDate Filed { get; } = ListKeys.Filed(Entry);

    /// <summary>Its corrections, newest first, each text rendered.</summary>
    public IReadOnlyList<RenderedCorrection> Corrections { get; init; } = [];
}

/// <summary>A FAQ item with its answer rendered to sanitized HTML, kept as UTF-8 like <see cref="RenderedEntry.BodyHtml"/>.</summary>
public sealed record RenderedFaq(FaqItem Item, string AnswerHtml)
{
    private readonly byte[] _answerHtml = Encoding.UTF8.GetBytes(AnswerHtml);

    public string AnswerHtml { get => Encoding.UTF8.GetString(_answerHtml); init => _answerHtml = Encoding.UTF8.GetBytes(value); }

    /// <summary>The same HTML as UTF-8, for pages to copy as it is.</summary>
    public ReadOnlyMemory<byte> AnswerHtmlUtf8 => _answerHtml;
}

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
