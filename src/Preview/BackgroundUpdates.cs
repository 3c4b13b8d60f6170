namespace Explainer.Preview;

/// <summary>
/// Runs the after-rebuild listener off the rebuild loop, one run at a time. Updates that arrive while it runs are merged into
/// one, so slow work (indexing a large site) lags behind a burst of rebuilds instead of queueing up behind it.
/// </summary>
internal sealed class BackgroundUpdates(Func<SiteUpdate, CancellationToken, Task> listener, Action<Exception> failed)
{
    private readonly object _gate = new();
    private SiteUpdate? _waiting;
    private bool _draining;
    private Task _running = Task.CompletedTask;

    public void Post(SiteUpdate update, CancellationToken cancellation)
    {
        lock (_gate)
        {
            _waiting = _waiting is null ? update : Merge(_waiting, update);
            if (_draining) return;
            _draining = true;
            _running = Task.Run(() => DrainAsync(cancellation), CancellationToken.None);
        }
    }

    public Task Idle
    {
        get { lock (_gate) return _running; }
    }

    private async Task DrainAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            SiteUpdate? next;
            lock (_gate)
            {
                next = _waiting;
                _waiting = null;
                _draining = next is not null;
            }
            if (next is null) return;
            try
            {
                await listener(next, cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failed(e);
            }
        }
        lock (_gate) _draining = false;
    }

    private static SiteUpdate Merge(SiteUpdate a, SiteUpdate b) =>
        new(b.OutputFolder, a.ChangedFiles.Union(b.ChangedFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), a.Everything || b.Everything);
}
