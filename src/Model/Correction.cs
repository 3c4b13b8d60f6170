using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A correction made to an entry or party: the day it was made and what was wrong (Markdown), shown at the top of the page and on /corrections/.</summary>
public sealed record Correction(PartialDate Date, string TextMarkdown, SourceLocation Location)
{
    /// <summary>Where the text starts in the file, so what its Markdown holds is reported where it is written.</summary>
    public TextOrigin? TextOrigin { get; init; }
}
