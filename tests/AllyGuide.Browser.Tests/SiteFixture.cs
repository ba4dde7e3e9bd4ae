using AllyGuide.Site;
using Microsoft.Playwright;

namespace AllyGuide.Browser.Tests;

/// <summary>
/// The built-in guide built into one temporary multilingual site, served by a real Kestrel on 127.0.0.1 as a static
/// host would serve it, and one headless Chromium for the test class.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;
    private StaticHost? _host;

    public string SiteDirectory { get; } = Path.Combine(Path.GetTempPath(), "allyguide-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The locales the guide ships, each in its own folder of the site.</summary>
    public static IReadOnlyList<string> Locales { get; } = [.. Guide.LoadEmbedded().Locales.Select(l => l.Code)];

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("ALLYGUIDE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The address the host serves the site at, ending in <c>/</c>.</summary>
    public Uri Origin => _host!.Address;

    /// <summary>The address of a page: <c>Url("es", "listening.html")</c>; the site's first page is <c>Url("", "index.html")</c>.</summary>
    public string Url(string locale, string page) => new Uri(Origin, locale.Length == 0 ? page : $"{locale}/{page}").AbsoluteUri;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Install Debian's chromium package (apt-get install chromium) or set ALLYGUIDE_CHROMIUM.");
        }

        // One build writes every locale into its own folder, as a publisher's would.
        GuideSite.Build(Guide.LoadEmbedded(), SiteDirectory);
        _host = await StaticHost.StartAsync(SiteDirectory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(SiteDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
