using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A question an entry answers, with its Markdown answer and the stable anchor it gets on the FAQ page.</summary>
public sealed record FaqItem(string Question, string AnswerMarkdown, string Anchor, SourceLocation Location)
{
    /// <summary>Anchors of the question's earlier wordings (<c>formerly:</c>), so links made before a rewording keep working.</summary>
    public IReadOnlyList<string> FormerAnchors { get; init; } = [];

    /// <summary>Where the answer's text starts in the file, so what its Markdown holds is reported where it is written.</summary>
    public TextOrigin? AnswerOrigin { get; init; }
}
