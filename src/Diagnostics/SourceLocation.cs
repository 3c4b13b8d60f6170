namespace Explainer.Diagnostics;

/// <summary>A position in an input file: a repository-relative path with a 1-based line and column (0 when unknown).</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public static SourceLocation None { get; } = new("");

    public SourceLocation WithLineOffset(int lines) => this with { Line = Line + lines };

    public override string ToString() => (Line, Column) switch
    {
        (0, _) => Path,
        (_, 0) => $"{Path}:{Line}",
        _ => $"{Path}:{Line}:{Column}",
    };
}
