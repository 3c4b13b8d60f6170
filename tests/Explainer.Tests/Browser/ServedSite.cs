using Explainer.Build;
using Explainer.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Browser;

/// <summary>
/// The real site (input/ and theme/), built once for the browser collection and served like GitHub Pages under /explainer/.
/// Tests only read it, so one build serves every browser test that looks at the real site.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PagesServer _server = null!;

    /// <summary>The site's root, ending in /explainer/.</summary>
    public Uri Address => _server.Address;

    /// <summary>The absolute address of a path under the site's root ("" for the home page).</summary>
    public string Url(string path) => new Uri(_server.Address, path).ToString();

    public async Task InitializeAsync()
    {
        SiteBuild.Into(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, _folder["site"], "/explainer/"));
        _server = await PagesServer.StartAsync(_folder["site"], "/explainer/");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }
}
