using System.Collections.Concurrent;
using Explainer.Build;
using Explainer.Preview;
using Explainer.Tests.Support;

namespace Explainer.Tests.Preview;

/// <summary>A preview session on a free port over a temporary copy of the fixture site and theme, with helpers to edit and listen.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    public const string Entry = "entries/2026/ministry-restricts-gale.md";
    public const string EntryUrl = "entries/ministry-restricts-gale/";

    private RunningPreview(TempFolder folder, PreviewSession session, BuildOptions options, ConcurrentQueue<PreviewReport> reports)
    {
        Folder = folder;
        Session = session;
        Options = options;
        Reports = reports;
    }

    public TempFolder Folder { get; }

    public PreviewSession Session { get; }

    public BuildOptions Options { get; }

    /// <summary>Everything the session reported, one item per rebuild (and per problem), as the console would print it.</summary>
    public ConcurrentQueue<PreviewReport> Reports { get; }

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<RunningPreview> StartAsync(Func<SiteUpdate, CancellationToken, Task>? afterRebuild = null)
    {
        var folder = new TempFolder();
        folder.CopyFrom(Path.Combine(RepositoryPaths.Fixture("snapshot-site"), "input"), "input");
        folder.CopyFrom(RepositoryPaths.Theme, "theme");
        var options = new BuildOptions(folder["input"], folder["theme"], folder["output"]);
        var reports = new ConcurrentQueue<PreviewReport>();
        var (session, problem) = await PreviewSession.StartAsync(new PreviewOptions(options, Port: 0, AfterRebuild: afterRebuild), reports.Enqueue);
        Assert.True(session is not null, problem);
        return new RunningPreview(folder, session!, options, reports);
    }

    public Uri Url(string sitePath) => new(Session.Address, sitePath);

    public string InputPath(string relative) => Folder[Path.Combine("input", relative)];

    public void Edit(string relative, string from, string to)
    {
        var path = InputPath(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>Opens the reload stream as a browser tab does and waits for its first event.</summary>
    public async Task<ReloadStream> ListenAsync()
    {
        var response = await new HttpClient { Timeout = Timeout.InfiniteTimeSpan }
            .GetAsync(Url(LiveReloadScript.Folder + LiveReloadScript.StreamName), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new ReloadStream(new StreamReader(await response.Content.ReadAsStreamAsync()));
        var hello = await stream.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("hello", hello?.Name);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        Http.Dispose();
        Folder.Dispose();
    }
}

/// <summary>The server-sent events a tab receives: reads one event at a time, or null when none arrives in time.</summary>
public sealed class ReloadStream(StreamReader reader)
{
    private Task<string?>? _pendingLine;

    public async Task<(string Name, string Data)?> NextAsync(TimeSpan timeout)
    {
        string? name = null;
        string? data = null;
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            _pendingLine ??= reader.ReadLineAsync();
            var finished = await Task.WhenAny(_pendingLine, Task.Delay(Timeout.Infinite, expiry.Token).ContinueWith(_ => (string?)null));
            if (finished != _pendingLine) return null;
            var line = await _pendingLine;
            _pendingLine = null;
            if (line is null) return null;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
            else if (line.Length == 0 && name is not null) return (name, data ?? "");
        }
    }
}
