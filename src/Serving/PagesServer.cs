using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Explainer.Serving;

/// <summary>
/// Serves a built site from a folder the way GitHub Pages does: under a base path, directory URLs to index.html,
/// a redirect from /dir to /dir/, 404.html for anything missing, and proper content types. Used by <c>preview</c> and the browser tests.
/// Files are found through ASP.NET Core's <see cref="PhysicalFileProvider"/>, which never leaves its root (no "..", no absolute
/// paths, no second decoding of the already-decoded request path); only GET and HEAD are answered, and only for a local Host
/// (a web page cannot reach the server through DNS rebinding).
/// </summary>
public sealed class PagesServer : IAsyncDisposable
{
    /// <summary>The Host names accepted without <c>--host</c>.</summary>
    public static readonly IReadOnlyList<string> LocalHosts = ["localhost", "127.0.0.1", "[::1]"];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly PhysicalFileProvider _files;

    private PagesServer(WebApplication app, PhysicalFileProvider files, string basePath)
    {
        _app = app;
        _files = files;
        BasePath = basePath;
    }

    public string BasePath { get; }

    /// <summary>The site's address, e.g. http://127.0.0.1:5080/explainer/.</summary>
    public Uri Address => new(new Uri(_app.Urls.First()), BasePath);

    /// <param name="port">0 picks a free port.</param>
    /// <param name="configure">Hook for extra endpoints and middleware (preview adds live reload), run before static serving.</param>
    /// <param name="rewriteHtml">Changes HTML files as they are sent, never on disk (preview adds its live-reload script).</param>
    /// <param name="extraHosts">Host names to accept besides <see cref="LocalHosts"/> (preview's <c>--host</c>).</param>
    public static async Task<PagesServer> StartAsync(string siteFolder, string basePath, int port = 0, Action<WebApplication>? configure = null,
        Func<byte[], byte[]>? rewriteHtml = null, IReadOnlyList<string>? extraHosts = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.Configure<HostFilteringOptions>(options =>
        {
            options.AllowedHosts = [.. LocalHosts, .. extraHosts ?? []];
            options.AllowEmptyHosts = false;
        });
        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(OnlyGetAndHead);
        configure?.Invoke(app);

        Directory.CreateDirectory(siteFolder);
        // Dot files are served too (GitHub Pages serves them); nothing outside the root ever is.
        var files = new PhysicalFileProvider(Path.GetFullPath(siteFolder), Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.None);
        var site = new SiteFiles(files, Path.GetFullPath(siteFolder).TrimEnd('/'), basePath, rewriteHtml ?? (html => html));
        app.Run(site.Serve);
        await app.StartAsync();
        return new PagesServer(app, files, basePath);
    }

    private static Task OnlyGetAndHead(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }

    private sealed class SiteFiles(IFileProvider files, string root, string basePath, Func<byte[], byte[]> rewriteHtml)
    {
        public async Task Serve(HttpContext context)
        {
            // Request.Path is decoded once by the server ("%2F" stays "%2F"); it is never decoded again here.
            var path = context.Request.Path.Value ?? "/";
            if (path + "/" == basePath)
            {
                context.Response.Redirect(basePath, permanent: true);
                return;
            }
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                await NotFound(context);
                return;
            }

            var relative = path[basePath.Length..];
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                var index = files.GetFileInfo(relative + "index.html");
                if (IsFile(index)) await Send(context, index, StatusCodes.Status200OK);
                else await NotFound(context);
                return;
            }

            var file = files.GetFileInfo(relative);
            if (IsFile(file))
            {
                await Send(context, file, StatusCodes.Status200OK);
                return;
            }
            if (IsFile(files.GetFileInfo(relative + "/index.html")))
            {
                // GitHub Pages redirects /explainer/faq to /explainer/faq/ so relative URLs inside keep working.
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }
            await NotFound(context);
        }

        // Not through a symbolic link, to a file or a folder: it may lead anywhere (an unzipped artifact can hold one, and preview's
        // output is a folder anyone can write), and GitHub Pages does not follow links either.
        private bool IsFile(IFileInfo file) => file.Exists && !file.IsDirectory && NoLinkBelowRoot(file.PhysicalPath);

        private bool NoLinkBelowRoot(string? path)
        {
            if (path is null) return false;
            for (var at = path; at.Length > root.Length; at = Path.GetDirectoryName(at) ?? "")
            {
                try
                {
                    if (File.GetAttributes(at).HasFlag(FileAttributes.ReparsePoint)) return false;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return false;
                }
            }
            return true;
        }

        private async Task NotFound(HttpContext context)
        {
            var page = files.GetFileInfo("404.html");
            if (IsFile(page)) await Send(context, page, StatusCodes.Status404NotFound);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        private async Task Send(HttpContext context, IFileInfo file, int status)
        {
            context.Response.StatusCode = status;
            var type = ContentTypes.TryGetContentType(file.Name, out var known) ? known : "application/octet-stream";
            context.Response.ContentType = WithCharset(type);
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            byte[] bytes;
            await using (var stream = file.CreateReadStream())
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                bytes = buffer.ToArray();
            }
            if (type == "text/html") bytes = rewriteHtml(bytes);
            context.Response.ContentLength = bytes.Length;
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
        _files.Dispose();
    }
}
