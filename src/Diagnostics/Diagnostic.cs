namespace Explainer.Diagnostics;

/// <summary>One problem found in the input: where, how bad, a stable code, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, code, message, location, hint);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, code, message, location, hint);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line: <c>input/entries/x.md:7:3: error EX0102: message</c>.</summary>
    public override string ToString()
    {
        var where = Location.Path.Length == 0 ? "explainer" : Location.ToString();
        return $"{where}: {(IsError ? "error" : "warning")} {Code}: {Message}";
    }
}
