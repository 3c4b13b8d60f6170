using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A question an entry answers, with its Markdown answer and the stable anchor it gets on the FAQ page.</summary>
public sealed record FaqItem(string Question, string AnswerMarkdown, string Anchor, SourceLocation Location);
