using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Explainer.Preview;

/// <summary>
/// Tells open preview tabs to reload, over server-sent events. Every rebuild gets a new version number; a tab holds one
/// request open, hears <c>hello</c> (the current version) on connecting and <c>reload</c> (the new version) after each rebuild.
/// </summary>
public sealed class ReloadHub
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Channel<long>, byte> _tabs = new();
    private readonly CancellationTokenSource _closed = new();
    private long _version;

    /// <summary>The version of what the server shows now; pages carry it so a tab that missed a signal still notices.</summary>
    public long Version => Interlocked.Read(ref _version);

    public int OpenTabs => _tabs.Count;

    public void Signal()
    {
        var version = Interlocked.Increment(ref _version);
        foreach (var tab in _tabs.Keys) tab.Writer.TryWrite(version);
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for tabs to hang up.</summary>
    public void Close() => _closed.Cancel();

    public async Task ServeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var tab = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _tabs[tab] = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closed.Token);
        try
        {
            await SendAsync(context, $"retry: 1000\nevent: hello\ndata: {Version}\n\n", stop.Token);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    var version = await tab.Reader.ReadAsync(wait.Token);
                    await SendAsync(context, $"event: reload\ndata: {version}\n\n", stop.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await SendAsync(context, ": keep-alive\n\n", stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The tab went away or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        finally
        {
            _tabs.TryRemove(tab, out _);
        }
    }

    private static async Task SendAsync(HttpContext context, string text, CancellationToken cancellation)
    {
        await context.Response.WriteAsync(text, cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }
}
