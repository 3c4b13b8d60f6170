using Explainer.Build;
using Explainer.Cli;
using Explainer.Serving;
using Explainer.Tests.Support;

namespace Explainer.Tests.Search;

/// <summary>
/// The search fixture site (tests/fixtures/search) built once with <c>--base-path /explainer/</c> through the real build
/// command, so Pagefind runs (and is installed with npm ci if missing) as it does for <c>dotnet run</c>; served like GitHub Pages.
/// A second copy built with --no-search shows the "search unavailable" state.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    public const string BasePath = "/explainer/";

    private readonly TempFolder _folder = new();
    private PagesServer? _indexed;
    private PagesServer? _unindexed;

    public string SiteFolder => _folder["site"];

    public Uri Address => _indexed?.Address ?? throw new InvalidOperationException("the search fixture site was not built");

    public Uri UnindexedAddress => _unindexed?.Address ?? throw new InvalidOperationException("the search fixture site was not built");

    public async Task InitializeAsync()
    {
        // Browser tests in this collection are skipped (not failed) on a machine without chromium or Pagefind; don't build there.
        if (!Chromium.MustRun && !(Chromium.IsInstalled && Pagefind.CanRun)) return;

        var input = RepositoryPaths.Fixture(Path.Combine("search", "input"));
        Build(new BuildOptions(input, RepositoryPaths.Theme, SiteFolder, BasePath));
        if (!File.Exists(Path.Combine(SiteFolder, "pagefind", "pagefind.js")))
            throw new InvalidOperationException($"the build wrote no search index (see its warning above): {Pagefind.InstallHint}");
        Build(new BuildOptions(input, RepositoryPaths.Theme, _folder["unindexed"], BasePath, Search: false));

        _indexed = await PagesServer.StartAsync(SiteFolder, BasePath);
        _unindexed = await PagesServer.StartAsync(_folder["unindexed"], BasePath);
    }

    private static void Build(BuildOptions options)
    {
        var exit = BuildCommand.Run(options);
        if (exit != ExitCodes.Success) throw new InvalidOperationException($"building {options.InputFolder} failed with exit code {exit}");
    }

    public async Task DisposeAsync()
    {
        if (_indexed is not null) await _indexed.DisposeAsync();
        if (_unindexed is not null) await _unindexed.DisposeAsync();
        _folder.Dispose();
    }
}
