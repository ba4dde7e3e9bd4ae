using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllyGuide.Browser.Tests;

/// <summary>The static site as a reader meets it: opened from disk in Chromium, clicked through, checked by axe.</summary>
public sealed class SiteInBrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string> { "index.html", "crisis.html" };
        foreach (var id in Guide.LoadEmbedded().TopicOrder)
        {
            data.Add(id + ".html");
        }

        return data;
    }

    [Fact]
    public async Task Every_topic_opens_from_the_index_and_shows_the_crisis_callout()
    {
        var guide = Guide.LoadEmbedded().Localize("en");
        var page = await site.Browser.NewPageAsync();

        foreach (var topic in guide.Topics)
        {
            await page.GotoAsync(site.Url("index.html"));
            await page.Locator(".all-topics").GetByRole(AriaRole.Link, new() { Name = topic.Title.Text, Exact = true }).ClickAsync();

            Assert.EndsWith("/" + topic.Id + ".html", page.Url, StringComparison.Ordinal);
            Assert.Equal(topic.Title.Text, await page.Locator("h1").InnerTextAsync());
            var callout = page.Locator(".crisis-callout");
            Assert.True(await callout.IsVisibleAsync());
            Assert.Equal("tel:988", await callout.GetByRole(AriaRole.Link, new() { Name = "Call 988" }).GetAttributeAsync("href"));
            Assert.Equal("sms:988", await callout.GetByRole(AriaRole.Link, new() { Name = "Text 988" }).GetAttributeAsync("href"));

            // The stylesheet loaded: the callout has its border.
            var border = await callout.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle");
            Assert.Equal("solid", border);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_local_link_opens_a_page(string start)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(start));
        var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var local = hrefs.Where(h => h.StartsWith("file:", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(local);

        foreach (var href in local)
        {
            // A missing file makes GotoAsync throw; an in-page anchor gives no response at all.
            var response = await page.GotoAsync(href);
            Assert.True(response is null || response.Ok, $"{start} -> {href}");
            Assert.Equal(href, page.Url);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var anchor = new Uri(href).Fragment.TrimStart('#');
            if (anchor.Length > 0)
            {
                Assert.Equal(1, await page.Locator($"[id=\"{anchor}\"]").CountAsync());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_passes_axe(string name)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(name));

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(result.Passes);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Fits_a_phone_screen_with_crisis_help_in_the_first_view(string name)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(name));

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "The page scrolls sideways on a 360px screen.");

        // Help is one glance away: the crisis link in the header on every page, and the callout starts in the first screen.
        var crisisLink = page.Locator(".site-header .crisis-link");
        var box = await crisisLink.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 740);
        if (name != "crisis.html")
        {
            var callout = await page.Locator(".crisis-callout").BoundingBoxAsync();
            Assert.NotNull(callout);
            Assert.True(callout.Y < 740, $"The crisis callout starts at {callout.Y}px, below the first screen.");
        }

        await context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_to_the_content()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("listening.html"));

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Skip to main content", await focused.InnerTextAsync());
        Assert.True(await focused.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }
}
