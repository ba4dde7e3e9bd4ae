using AllyGuide.Rendering;
using Microsoft.Playwright;

namespace AllyGuide.Browser.Tests;

/// <summary>
/// Pages rendered with the strangest host addresses the options accept, opened in Chromium and clicked through: no
/// script runs and every link stays a page of the site or an allowed scheme. (The addresses the options refuse,
/// <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>//host</c>, are tested where the options are made.)
/// </summary>
public sealed class HostileOptionsInBrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task No_click_on_any_link_runs_a_script()
    {
        var options = RendererOptions.Default with
        {
            TopicUrl = "{id}.html?q=\"'><img/src=x/onerror=alert(1)>",
            IndexUrl = "index.html#\"><script>alert(2)</script>",
            CrisisUrl = "crisis.html?'onmouseover='alert(3)",
            StylesheetUrl = "assets/site.css?\"></link><script>alert(4)</script>",
        };
        var renderer = new GuideRenderer(options);
        var guide = Guide.LoadEmbedded().Localize("en");
        var folder = Path.Combine(site.SiteDirectory, "hostile-options");
        Directory.CreateDirectory(folder);
        void Write(string name, Action<TextWriter> render)
        {
            using var writer = new StreamWriter(Path.Combine(folder, name));
            render(writer);
        }

        Write("index.html", w => renderer.RenderIndexPage(guide, w));
        Write("crisis.html", w => renderer.RenderCrisisPage(guide, w));
        Write("about.html", w => renderer.RenderAboutPage(guide, w));
        Write("search.html", w => renderer.RenderSearchPage(guide, w));
        foreach (var topic in guide.Topics)
        {
            Write(topic.Id + ".html", w => renderer.Render(topic, OutputFormat.Html, w));
        }

        var dialogs = 0;
        await using var context = await site.Browser.NewContextAsync();
        async Task<IPage> OpenAsync(string url)
        {
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) =>
            {
                Interlocked.Increment(ref dialogs);
                await dialog.DismissAsync();
            };
            await page.GotoAsync(url);
            return page;
        }

        var clicks = 0;
        foreach (var start in new[] { "index.html", "crisis.html", "listening.html" })
        {
            var url = new Uri(Path.Combine(folder, start)).AbsoluteUri;
            var first = await OpenAsync(url);
            var count = await first.Locator("a[href]").CountAsync();
            await first.CloseAsync();
            for (var i = 0; i < count; i++)
            {
                // Each click gets a page of its own: a click's navigation (to a page this folder lacks, say) then
                // cannot race the next page load.
                var page = await OpenAsync(url);
                // The contents list is folded: open it, so its links are clicked like any other.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                var link = page.Locator("a[href]").Nth(i);
                var href = await link.EvaluateAsync<string>("a => a.href");
                Assert.Matches("^(file|https|tel|sms|mailto):", href);
                if (href.StartsWith("file:", StringComparison.Ordinal))
                {
                    await link.HoverAsync();
                    await link.ClickAsync();
                    await page.WaitForLoadStateAsync(LoadState.Load);
                    await page.WaitForTimeoutAsync(50);
                    clicks++;
                }

                await page.CloseAsync();
            }
        }

        Assert.True(clicks > 20, $"only {clicks} links were clicked");
        Assert.Equal(0, dialogs);
    }
}
