using Explainer.Tests.Support;
using Microsoft.Playwright;

namespace Explainer.Tests.Browser;

/// <summary>One headless chromium for all browser tests (Playwright driving Debian's chromium; Playwright's own browser download cannot work here).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            if (Chromium.MustRun) throw new InvalidOperationException($"CI=true but chromium is missing at {Chromium.ExecutablePath}: {Chromium.InstallHint}");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            // Without these, chromium reaches for Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page, in a context of its own, that records console errors and page errors, so tests can assert there were none.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900) =>
        await NewPageAsync(await NewContextAsync(width, height));

    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>A fresh page in <paramref name="context"/> that records console errors and page errors.</summary>
    public static async Task<(IPage Page, List<string> Errors)> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<ServedSite>
{
    public const string Name = "browser";
}
