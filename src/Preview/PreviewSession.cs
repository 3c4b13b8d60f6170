using System.Net;
using System.Net.Sockets;
using Explainer.Build;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Serving;
using Explainer.SiteModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Explainer.Preview;

/// <summary>
/// A running preview: builds the site into the output folder, serves it as GitHub Pages would on 127.0.0.1, watches input and theme,
/// rebuilds incrementally after each burst of saves and tells open tabs to reload. While the build is broken every page is an error
/// page listing the diagnostics; the next good save recovers. Nothing that goes wrong in a rebuild stops the server.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly IncrementalBuilder _builder;
    private readonly OutputMirror _output;
    private readonly ReloadHub _reloads = new();
    private readonly Action<PreviewReport> _report;
    private readonly CancellationTokenSource _stop = new();
    private readonly BackgroundUpdates? _updates;
    private PagesServer? _server;
    private ChangeWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private volatile Failure? _failure;
    private string _basePath = "/";

    private PreviewSession(PreviewOptions options, Action<PreviewReport> report)
    {
        _options = options;
        _report = report;
        _builder = new IncrementalBuilder(options.Build);
        _output = new OutputMirror(options.Build.OutputFolder);
        if (options.AfterRebuild is not null)
            _updates = new BackgroundUpdates(options.AfterRebuild, e => report(new PreviewReport.ListenerFailed(e)));
    }

    /// <summary>The site's address, e.g. http://127.0.0.1:5080/explainer/.</summary>
    public Uri Address => _server!.Address;

    public ReloadHub Reloads => _reloads;

    /// <summary>The watcher whose batches start rebuilds (tests hold its batches open to make a burst one rebuild deterministically).</summary>
    public ChangeWatcher Watcher => _watcher!;

    /// <summary>Completes when the after-rebuild listener has caught up (tests and the benchmark wait on it).</summary>
    public Task ListenerIdle => _updates?.Idle ?? Task.CompletedTask;

    /// <summary>Builds, starts serving and starts watching. Returns a problem instead when the port is taken (exit 2 in the command).</summary>
    public static async Task<(PreviewSession? Session, string? Problem)> StartAsync(PreviewOptions options, Action<PreviewReport> report)
    {
        // Checked before the first build, which can take a while on a large site, so a taken port fails at once.
        if (PortProblem(options.Port) is { } taken) return (null, taken);

        var session = new PreviewSession(options, report);
        // Watch before the first build, so a save made while it runs is not lost.
        session._watcher = new ChangeWatcher([options.Build.InputFolder, options.Build.ThemeFolder]);
        session.Rebuild(new ChangeBatch(new HashSet<string>(), false), first: true);
        session._basePath = SiteUrls.NormaliseBasePath(options.Build.BasePath ?? session._builder.BasePath ?? "/");
        try
        {
            session._server = await PagesServer.StartAsync(options.Build.OutputFolder, session._basePath, options.Port,
                app => app.Use(session.PreviewRequests), session.AddScript, options.Hosts);
        }
        catch (IOException e)
        {
            session._watcher.Dispose();
            return (null, PortInUse(options.Port, e.Message));
        }
        session._loop = Task.Run(session.WatchAsync);
        return (session, null);
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var batch = await _watcher!.NextBatchAsync(_options.QuietPeriod, _stop.Token);
                Rebuild(batch, first: false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                return;
            }
        }
    }

    private void Rebuild(ChangeBatch batch, bool first)
    {
        try
        {
            var rebuild = _builder.Build(batch.Paths, batch.LostTrack);
            // The rebuild's bytes are needed only until the folder is up to date; large ones go back to a pool.
            using var rebuilt = rebuild.Written;
            if (!rebuild.Result.Succeeded)
            {
                _failure = new Failure(rebuild.Result.Diagnostics, null);
                _reloads.Signal();
                _report(new PreviewReport.Failed(rebuild, batch.Saved));
                return;
            }

            var wasBroken = _failure is not null;
            var signalled = false;
            // A build into the same folder (dotnet run in another terminal) writes it in turn, not at the same time.
            using var outputLock = OutputLock.Acquire(_options.Build.OutputFolder, holder => _report(new PreviewReport.WaitingForOutput(holder)));
            // The folder was deleted, or replaced by a build in another terminal: the rebuild holds only the pages this save changed,
            // so the whole site is made once more (as build makes it) and written in full.
            var whole = _output.StillKept || first ? null : Whole();
            using var wholeBodies = whole?.Bodies;
            var (result, bodies) = whole ?? (rebuild.Result, rebuild.Written);
            var everything = first || whole is not null;
            // Open tabs reload as soon as the pages are in place; the data downloads are written after that.
            var changed = _output.Update(result.Files, bodies, result.Downloads, pagesChanged =>
            {
                _failure = null;
                if (pagesChanged.Count == 0 && !wasBroken) return;
                _reloads.Signal();
                signalled = true;
            });
            // Only data downloads changed: tabs that show one reload after it is written.
            if (!signalled && (changed.Count > 0 || wasBroken)) _reloads.Signal();
            _report(new PreviewReport.Rebuilt(rebuild, changed.Count, batch.Saved, _reloads.OpenTabs));
            if (changed.Count > 0 || everything)
                _updates?.Post(new SiteUpdate(Path.GetFullPath(_options.Build.OutputFolder), changed, everything, result.SearchGlob), _stop.Token);
            if (!first && _builder.BasePath is { } basePath && _options.Build.BasePath is null && basePath != _basePath)
                _report(new PreviewReport.BasePathChanged(_basePath, basePath));
        }
        catch (Exception e)
        {
            // The one place preview catches everything: a bug or a disk problem must not take the server down.
            // It is shown like a build error, with the exception on the console, and the next save tries again.
            _failure = new Failure([], $"preview could not finish the rebuild: {e.GetType().Name}: {e.Message}");
            _reloads.Signal();
            _report(new PreviewReport.Crashed(e));
        }
    }

    /// <summary>The whole site, built as <c>build</c> builds it, for a folder that must be written in full again.</summary>
    private (BuildResult Result, MemorySiteWriter Bodies)? Whole()
    {
        _report(new PreviewReport.OutputReplaced(_options.Build.OutputFolder));
        _output.Forget();
        var bodies = new MemorySiteWriter();
        var whole = SiteGenerator.Generate(_options.Build, BuildStages.Full, bodies);
        // The same input just built incrementally; a different outcome would be a bug, shown as one (Crashed) rather than written.
        if (!whole.Succeeded) throw new InvalidOperationException("the whole site failed to build where the rebuild succeeded");
        return (whole, bodies);
    }

    private async Task PreviewRequests(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        var own = _basePath + LiveReloadScript.Folder;
        if (path == own + LiveReloadScript.ScriptName)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(LiveReloadScript.Source);
        }
        else if (path == own + LiveReloadScript.StreamName)
        {
            await _reloads.ServeAsync(context);
        }
        else if (_failure is { } failure && IsPage(path))
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(ErrorPage.Render(failure.Diagnostics, failure.Message, _basePath, _reloads.Version));
        }
        else
        {
            await next(context);
        }
    }

    /// <summary>Pages get the error page while the build is broken; stylesheets, images and feeds are still served from the last good build.</summary>
    private static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.GetFileName(path).Contains('.');

    private byte[] AddScript(byte[] html) => LiveReloadScript.Inject(html, _basePath, _reloads.Version);

    private static string? PortProblem(int port)
    {
        if (port == 0) return null;
        try
        {
            var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            probe.Stop();
            return null;
        }
        catch (SocketException e)
        {
            return PortInUse(port, e.Message);
        }
    }

    private static string PortInUse(int port, string detail) =>
        $"cannot listen on 127.0.0.1:{port} ({detail}); is another preview running? Stop it, or pass --port with another number";

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        await _loop;
        // The background search run sees the cancellation (Pagefind is stopped) and is awaited, so nothing outlives the session.
        if (_updates is not null) await _updates.Idle;
        _reloads.Close();
        if (_server is not null) await _server.DisposeAsync();
    }

    private sealed record Failure(IReadOnlyList<Diagnostic> Diagnostics, string? Message);
}

/// <summary>What preview tells the console: each rebuild's outcome, and problems that do not stop it.</summary>
public abstract record PreviewReport
{
    public sealed record Rebuilt(Rebuild Rebuild, int FilesWritten, IReadOnlySet<string> Trigger, int OpenTabs) : PreviewReport;

    public sealed record Failed(Rebuild Rebuild, IReadOnlySet<string> Trigger) : PreviewReport;

    public sealed record Crashed(Exception Error) : PreviewReport;

    public sealed record ListenerFailed(Exception Error) : PreviewReport;

    public sealed record BasePathChanged(string Serving, string Built) : PreviewReport;

    /// <summary>Another build is writing the output folder; this rebuild writes it when that one is done.</summary>
    public sealed record WaitingForOutput(string Holder) : PreviewReport;

    /// <summary>The output folder was deleted or replaced by something else since the last save; this one writes the whole site.</summary>
    public sealed record OutputReplaced(string Folder) : PreviewReport;
}
