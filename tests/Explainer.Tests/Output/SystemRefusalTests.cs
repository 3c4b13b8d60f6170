using Explainer.Output;

namespace Explainer.Tests.Output;

/// <summary>A full disk or a refused permission is the system's refusal (exit 4, what to do), not a bug to report (exit 3).</summary>
public class SystemRefusalTests
{
    [Fact]
    public void A_full_disk_inside_the_render_stages_aggregate_is_a_refusal()
    {
        var full = new IOException("No space left on device : 'output.staging/feed.xml'", 28);
        var thrown = new AggregateException(new AggregateException(new InvalidOperationException("other"), full));

        Assert.Same(full, SystemRefusal.Find(thrown));
    }

    [Fact]
    public void Permissions_read_only_disks_and_quotas_are_refusals()
    {
        Assert.NotNull(SystemRefusal.Find(new UnauthorizedAccessException("Access to the path is denied.")));
        Assert.NotNull(SystemRefusal.Find(new IOException("Read-only file system", 30)));
        Assert.NotNull(SystemRefusal.Find(new IOException("Disk quota exceeded", 122)));
        Assert.NotNull(SystemRefusal.Find(new InvalidOperationException("wrapped", new IOException("Input/output error", 5))));
    }

    /// <summary>A path too long (the parties index made one) or a file in the way is the generator's doing: still an internal error.</summary>
    [Fact]
    public void Other_failures_are_not_refusals()
    {
        Assert.Null(SystemRefusal.Find(new PathTooLongException("too long")));
        Assert.Null(SystemRefusal.Find(new IOException("The file already exists.", 17)));
        Assert.Null(SystemRefusal.Find(new AggregateException(new NullReferenceException())));
    }
}
