namespace Explainer.Cli;

/// <summary>Process exit codes: 0 built (warnings allowed), 1 content errors, 2 usage errors.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
