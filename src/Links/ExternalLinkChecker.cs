using System.Net;
using Explainer.Diagnostics;

namespace Explainer.Links;

/// <summary>How many addresses are fetched at once and how long one may take.</summary>
public sealed record ExternalLinkOptions(int Concurrency = 8, TimeSpan? Timeout = null)
{
    public TimeSpan RequestTimeout => Timeout ?? TimeSpan.FromSeconds(15);
}

/// <summary>
/// Checks that external addresses answer: HEAD first, GET when HEAD is refused or fails (many sites answer HEAD with 403, 405
/// or nothing), with bounded concurrency and a timeout per request. Each distinct URL is fetched once; a failure becomes a
/// warning at every place the URL is written, because a dead link is for a human to judge (it may be an outage).
/// </summary>
public sealed class ExternalLinkChecker : IDisposable
{
    private readonly HttpClient _client;

    public ExternalLinkChecker(HttpMessageHandler? handler = null)
    {
        _client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        // The per-request timeout is a CancellationToken; the client's own must not cut in first.
        _client.Timeout = Timeout.InfiniteTimeSpan;
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("explainer-link-check/1.0 (+https://github.com/explainer-project/explainer)");
    }

    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(IReadOnlyList<ExternalLink> links, ExternalLinkOptions options, CancellationToken cancellation = default) =>
        (await FindBrokenAsync(links, options, cancellation)).Select(Warning).ToList();

    /// <summary>A broken link as a warning at the place it is written: a dead link is for a human to judge (it may be an outage).</summary>
    public static Diagnostic Warning(BrokenLink broken) =>
        Diagnostic.Warning(DiagnosticCodes.ExternalLinkFailed, broken.Link.Location,
            $"{broken.Link.What} does not answer: {broken.Link.Url} ({broken.Problem})",
            "open it in a browser; if it is gone for good, link an archive copy (e.g. the Wayback Machine) in 'archived'");

    /// <summary>Every link whose address does not answer, in the order given, with what went wrong.</summary>
    public async Task<IReadOnlyList<BrokenLink>> FindBrokenAsync(IReadOnlyList<ExternalLink> links, ExternalLinkOptions options, CancellationToken cancellation = default)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        var distinct = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).ToList();
        var outcomes = await Task.WhenAll(distinct.Select(async url =>
        {
            await gate.WaitAsync(cancellation);
            try { return (Url: url, Problem: await ProblemAsync(url, options.RequestTimeout, cancellation)); }
            finally { gate.Release(); }
        }));

        var problems = outcomes.Where(o => o.Problem is not null).ToDictionary(o => o.Url, o => o.Problem!, StringComparer.Ordinal);
        return links.Where(l => problems.ContainsKey(l.Url)).Select(l => new BrokenLink(l, problems[l.Url])).ToList();
    }

    /// <summary>Null when the address answers with a success or redirect status, otherwise what went wrong.</summary>
    private async Task<string?> ProblemAsync(string url, TimeSpan timeout, CancellationToken cancellation)
    {
        var head = await TryAsync(HttpMethod.Head, url, timeout, cancellation);
        if (head.Ok) return null;
        var get = await TryAsync(HttpMethod.Get, url, timeout, cancellation);
        return get.Ok ? null : get.Problem;
    }

    private async Task<(bool Ok, string Problem)> TryAsync(HttpMethod method, string url, TimeSpan timeout, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            // Headers are enough: the body of a GET is never read.
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            return (status is >= 200 and < 400, $"HTTP {status} {Reason(response.StatusCode)}".TrimEnd());
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (false, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (false, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : e.HttpRequestError.ToString());
        }
    }

    private static string Reason(HttpStatusCode code) => Enum.IsDefined(code) ? code.ToString() : "";

    public void Dispose() => _client.Dispose();
}
