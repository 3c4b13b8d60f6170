namespace Explainer.Diagnostics;

/// <summary>
/// Where a front matter value's text (an FAQ answer, a correction) starts in its file: Markdown found in the text is located by its
/// line and column in the text, and this turns that into the file's, so an annotation on a pull request lands on the right line.
/// </summary>
/// <param name="Line">The file line of the text's first line.</param>
/// <param name="Column">The file column of the text's first character.</param>
/// <param name="Indent">How far the text's later lines are indented in the file (a block value's indentation).</param>
public sealed record TextOrigin(int Line, int Column, int Indent)
{
    /// <summary>A position in the text (1-based line and column) as a position in the file.</summary>
    public SourceLocation Map(SourceLocation inText) => inText.Line <= 1
        ? inText with { Line = Line, Column = Column + Math.Max(inText.Column, 1) - 1 }
        : inText with { Line = Line + inText.Line - 1, Column = Indent + Math.Max(inText.Column, 1) };
}
