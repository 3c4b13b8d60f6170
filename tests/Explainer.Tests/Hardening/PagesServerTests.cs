using System.Net.Sockets;
using System.Text;
using Explainer.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Hardening;

/// <summary>Issue 8, point 5: the server answers only for files inside the site folder (never through a symbolic link), only GET and HEAD, only for a local Host.</summary>
public sealed class PagesServerTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PagesServer _server = null!;

    public async Task InitializeAsync()
    {
        _folder.Write("site/index.html", "<html><body>home</body></html>");
        _folder.Write("site/faq/index.html", "<html><body>faq</body></html>");
        _folder.Write("site/404.html", "<html><body>not found</body></html>");
        _folder.Write("site/assets/site.css", "body{}");
        _folder.Write("site-secret/secret.txt", "SECRET");
        _folder.Write("site.env", "SECRET=1");
        // Links planted in the site folder (an unzipped artifact can hold them): to a file and to a folder outside it.
        File.CreateSymbolicLink(_folder["site/leak.txt"], _folder["site-secret/secret.txt"]);
        Directory.CreateSymbolicLink(_folder["site/outside"], _folder["site-secret"]);
        _folder.Write("site-secret/index.html", "<html><body>SECRET</body></html>");
        _server = await PagesServer.StartAsync(_folder["site"], "/explainer/", extraHosts: ["dev.example"]);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Sends the request line exactly as written: HttpClient would normalise some of these targets before sending.</summary>
    private async Task<(int Status, string Text)> Raw(string method, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", _server.Address.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{_server.Address.Port}"}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return (int.Parse(text.Split(' ')[1]), text);
    }

    [Theory]
    [InlineData("/explainer/..%2fsite-secret/secret.txt")]
    [InlineData("/explainer/..%2Fsite-secret%2Fsecret.txt")]
    [InlineData("/explainer/%2e%2e/site-secret/secret.txt")]
    [InlineData("/explainer/%252e%252e/site-secret/secret.txt")]
    [InlineData("/explainer/%252e%252e%252fsite.env")]
    [InlineData("/explainer/..%2fsite.env")]
    [InlineData("/explainer/../site.env")]
    [InlineData("/explainer/..%5csite.env")]
    [InlineData("/explainer/%2fetc%2fpasswd")]
    [InlineData("/explainer/leak.txt")]
    [InlineData("/explainer/outside/secret.txt")]
    [InlineData("/explainer/outside/")]
    public async Task Paths_that_would_leave_the_site_folder_are_not_found(string target)
    {
        var (status, text) = await Raw("GET", target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("SECRET", text);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("TRACE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Only_get_and_head_are_answered(string method)
    {
        var (status, text) = await Raw(method, "/explainer/");

        Assert.Equal(405, status);
        Assert.Contains("Allow: GET, HEAD", text);
    }

    [Theory]
    [InlineData("GET", 200)]
    [InlineData("HEAD", 200)]
    public async Task Get_and_head_still_work(string method, int expected) =>
        Assert.Equal(expected, (await Raw(method, "/explainer/faq/")).Status);

    [Theory]
    [InlineData("evil.example", 400)]
    [InlineData("evil.example:80", 400)]
    [InlineData("127.0.0.1.nip.io", 400)]
    [InlineData("localhost", 200)]
    [InlineData("localhost:5080", 200)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("[::1]:5080", 200)]
    [InlineData("dev.example", 200)]
    public async Task Only_local_hosts_and_the_ones_passed_with_host_are_served(string host, int expected) =>
        Assert.Equal(expected, (await Raw("GET", "/explainer/", host)).Status);

    [Fact]
    public async Task Redirects_and_the_not_found_page_keep_working()
    {
        var (directory, redirect) = await Raw("GET", "/explainer/faq");
        var (missing, page) = await Raw("GET", "/explainer/nothing/");

        Assert.Equal(301, directory);
        Assert.Contains("Location: /explainer/faq/", redirect);
        Assert.Equal(404, missing);
        Assert.Contains("not found", page);
    }
}
