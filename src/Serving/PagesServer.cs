using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Explainer.Serving;

/// <summary>
/// Serves a built site from a folder the way GitHub Pages does: under a base path, directory URLs to index.html,
/// a redirect from /dir to /dir/, 404.html for anything missing, and proper content types.
/// Used by <c>preview</c> and by the browser tests.
/// </summary>
public sealed class PagesServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private PagesServer(WebApplication app, string basePath)
    {
        _app = app;
        BasePath = basePath;
    }

    public string BasePath { get; }

    /// <summary>The site's address, e.g. http://127.0.0.1:5080/explainer/.</summary>
    public Uri Address => new(new Uri(_app.Urls.First()), BasePath);

    /// <param name="port">0 picks a free port.</param>
    /// <param name="configure">Hook for extra endpoints and middleware (preview adds live reload), run before static serving.</param>
    /// <param name="rewriteHtml">Changes HTML files as they are sent, never on disk (preview adds its live-reload script).</param>
    public static async Task<PagesServer> StartAsync(string siteFolder, string basePath, int port = 0, Action<WebApplication>? configure = null,
        Func<byte[], byte[]>? rewriteHtml = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        configure?.Invoke(app);

        var root = Path.GetFullPath(siteFolder);
        var send = new FileSender(rewriteHtml ?? (html => html));
        app.Run(context => Serve(context, root, basePath, send));
        await app.StartAsync();
        return new PagesServer(app, basePath);
    }

    private static async Task Serve(HttpContext context, string root, string basePath, FileSender send)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path + "/" == basePath)
        {
            context.Response.Redirect(basePath, permanent: true);
            return;
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            await NotFound(context, root, send);
            return;
        }

        var relative = path[basePath.Length..];
        var file = Resolve(root, relative);
        if (file is null)
        {
            await NotFound(context, root, send);
            return;
        }
        if (Directory.Exists(file))
        {
            // GitHub Pages redirects /explainer/faq to /explainer/faq/ so relative URLs inside keep working.
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
            return;
        }
        await send.SendFile(context, file, StatusCodes.Status200OK);
    }

    /// <summary>Maps a URL path to a file inside the site folder, or null when there is none (or it would escape the folder).</summary>
    private static string? Resolve(string root, string relative)
    {
        var candidate = Path.GetFullPath(Path.Combine(root, relative.TrimStart('/')));
        if (!candidate.StartsWith(root, StringComparison.Ordinal)) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) candidate = Path.Combine(candidate, "index.html");
        else if (Directory.Exists(candidate)) return File.Exists(Path.Combine(candidate, "index.html")) ? candidate : null;
        return File.Exists(candidate) ? candidate : null;
    }

    private static async Task NotFound(HttpContext context, string root, FileSender send)
    {
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page)) await send.SendFile(context, page, StatusCodes.Status404NotFound);
        else context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private sealed record FileSender(Func<byte[], byte[]> RewriteHtml)
    {
        public async Task SendFile(HttpContext context, string file, int status)
        {
            context.Response.StatusCode = status;
            var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            context.Response.ContentType = WithCharset(type);
            context.Response.Headers.CacheControl = "no-cache";
            var bytes = await File.ReadAllBytesAsync(file);
            if (type == "text/html") bytes = RewriteHtml(bytes);
            if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes);
        }
    }

    private static string WithCharset(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
