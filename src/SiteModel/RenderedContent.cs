using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>An entry with its Markdown body and FAQ answers rendered to sanitized HTML.</summary>
public sealed record RenderedEntry(Entry Entry, string BodyHtml, IReadOnlyList<RenderedFaq> Faq);

/// <summary>A FAQ item with its answer rendered to sanitized HTML.</summary>
public sealed record RenderedFaq(FaqItem Item, string AnswerHtml);

/// <summary>A party with its Markdown body rendered to sanitized HTML.</summary>
public sealed record RenderedParty(Party Party, string BodyHtml);
