namespace Explainer.Cli;

/// <summary>Process exit codes: 0 built (warnings allowed), 1 content errors, 2 usage errors, 3 internal error (a bug in Explainer),
/// 4 the system refused a read or write (a full disk, a read-only folder).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    public const int SystemRefused = 4;
}
