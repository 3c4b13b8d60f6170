namespace Explainer.Output;

/// <summary>
/// The system refusing a read or a write for reasons of its own (a full disk or quota, a read-only or failing disk, a
/// permission): not a bug, and not the content's fault, so <c>build</c> says what to do instead of asking for a bug report.
/// </summary>
public static class SystemRefusal
{
    // errno values .NET carries in an IOException's HResult on Linux and macOS: EIO, EACCES, ENOSPC, EROFS, and EDQUOT (Linux 122, macOS 69).
    private static readonly HashSet<int> Refusals = [5, 13, 28, 30, 122, 69];

    /// <summary>The first such refusal in <paramref name="e"/> (parallel stages wrap theirs in an AggregateException), or null.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        AggregateException all => all.Flatten().InnerExceptions.Select(Find).FirstOrDefault(r => r is not null),
        UnauthorizedAccessException => e,
        IOException io when Refusals.Contains(io.HResult) => e,
        _ when e.InnerException is { } inner => Find(inner),
        _ => null,
    };
}
