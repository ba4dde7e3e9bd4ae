using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllyGuide.Browser.Tests;

/// <summary>The static site as a reader meets it, in every shipped locale: served by a static host, opened in Chromium, clicked through, checked by axe.</summary>
public sealed class SiteInBrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    public static TheoryData<string, string> Pages()
    {
        // The site's first page, which links each language, then every page of every locale.
        var data = new TheoryData<string, string> { { "", "index.html" }, { "", "404.html" } };
        foreach (var locale in SiteFixture.Locales)
        {
            data.Add(locale, "index.html");
            data.Add(locale, "crisis.html");
            data.Add(locale, "about.html");
            data.Add(locale, "search.html");
            data.Add(locale, "404.html");
            foreach (var id in Shipped.TopicOrder)
            {
                data.Add(locale, id + ".html");
            }

            foreach (var audience in Model.Audiences.All)
            {
                data.Add(locale, $"for-{audience}.html");
            }
        }

        return data;
    }

    public static TheoryData<string> Locales() => [.. SiteFixture.Locales];

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Every_topic_opens_from_the_index_and_shows_the_crisis_callout(string locale)
    {
        var guide = Shipped.Localize(locale);
        var region = guide.Crisis.Region;
        var call = region.Services.SelectMany(s => s.Contacts).FirstOrDefault(c => c.Kind == Model.CrisisContactKind.Call);
        var page = await site.Browser.NewPageAsync();

        foreach (var topic in guide.Topics)
        {
            await page.GotoAsync(site.Url(locale, "index.html"));
            await page.Locator(".all-topics").GetByRole(AriaRole.Link, new() { Name = topic.Title.Text, Exact = true }).ClickAsync();

            Assert.EndsWith("/" + topic.Id + ".html", page.Url, StringComparison.Ordinal);
            Assert.Equal(topic.Title.Text, await page.Locator("h1").InnerTextAsync());
            var callout = page.Locator(".crisis-callout");
            Assert.True(await callout.IsVisibleAsync());
            if (call is not null)
            {
                // The region's own line, as a link a phone can call.
                Assert.Equal(call.Href, await callout.GetByRole(AriaRole.Link, new() { Name = call.Label.Text }).GetAttributeAsync("href"));
            }
            else
            {
                Assert.Equal("https://findahelpline.com/", await callout.Locator("a.crisis-web").GetAttributeAsync("href"));
            }

            // The stylesheet loaded: the callout has its border, on the side where the reader's lines start.
            var border = await callout.EvaluateAsync<string>("e => getComputedStyle(e).borderInlineStartStyle");
            Assert.Equal("solid", border);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_local_link_opens_a_page(string locale, string start)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(locale, start));
        var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var local = hrefs.Where(h => h.StartsWith(site.Origin.AbsoluteUri, StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(hrefs.Except(local), h => Assert.Matches("^(https|tel|sms|mailto):", h));
        Assert.NotEmpty(local);

        foreach (var href in local)
        {
            // A missing page is the host's 404; an in-page anchor gives no response at all.
            var response = await page.GotoAsync(href);
            Assert.True(response is null || response.Status == 200, $"{start} -> {href}: {response?.Status}");
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
    public async Task Every_page_passes_axe(string locale, string name)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(locale, name));

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });

        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(result.Passes);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Fits_a_phone_screen_with_crisis_help_in_the_first_view(string locale, string name)
    {
        // 320 px: the narrowest screen WCAG reflow asks for (1.4.10).
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(locale, name));

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "The page scrolls sideways on a 320px screen.");

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

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_skip_link_is_the_first_stop_and_moves_to_the_content(string locale)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(locale, "listening.html"));

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal(Shipped.Localize(locale).Ui.Values["skip_to_content"].Text, await focused.InnerTextAsync());
        Assert.True(await focused.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    /// <summary>
    /// An Arabic page mirrors: text starts at the right, the callout's border and the lists' indent are on the right,
    /// and English shown inside it (a topic not translated yet) runs left to right in its own block.
    /// </summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Arabic_pages_mirror_and_english_inside_them_runs_left_to_right(int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("ar", "why-allies-matter.html"));

        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        var callout = page.Locator(".crisis-callout");
        Assert.Equal(("solid", "none"), (
            await callout.EvaluateAsync<string>("e => getComputedStyle(e).borderRightStyle"),
            await callout.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftStyle")));
        var crisisHeading = await page.Locator(".crisis-callout h2").BoundingBoxAsync();
        var calloutBox = await callout.BoundingBoxAsync();
        Assert.True(calloutBox!.X + calloutBox.Width - (crisisHeading!.X + crisisHeading.Width) < 40, "The Arabic heading does not start at the right.");

        // This topic is not translated yet: its English title runs left to right, starting at the left.
        var title = page.Locator("h1");
        Assert.Equal("ltr", await title.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("en", await title.GetAttributeAsync("lang"));
        var body = page.Locator(".topic-section div[lang=en]").First;
        Assert.Equal("ltr", await body.EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        await context.CloseAsync();
    }

    /// <summary>
    /// A phone number or date inside Arabic text must still read left to right: without isolation a browser shows
    /// Samaritans' 116 123 as "123 116" and 2026-11-01 as "01-11-2026", and a reader dialling by hand calls the wrong number.
    /// </summary>
    [Fact]
    public async Task Numbers_read_left_to_right_and_dates_in_arabic_order_on_arabic_pages()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("ar", "crisis.html"));

        const string Order = """
            ([selector, first, second]) => {
              const node = document.querySelector(selector).firstChild;
              const at = text => { const i = node.data.indexOf(text); const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + text.length); return r.getBoundingClientRect().x; };
              return at(first) < at(second);
            }
            """;
        Assert.True(await page.EvaluateAsync<bool>(Order, new object[] { "#region-uk .crisis-call", "116", "123" }), "116 123 is shown as 123 116.");
        // The date is in Arabic ("1 نوفمبر 2026"): read right to left, the day comes first, then the month, then the year.
        Assert.Equal("1 نوفمبر 2026", await page.Locator("#region-uk time").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>(Order, new object[] { "#region-uk time", "2026", "نوفمبر" }), "The year is not on the left of the month.");
        Assert.True(await page.EvaluateAsync<bool>(Order, new object[] { "#region-uk time", "نوفمبر", "1 " }), "The day is not on the right of the month.");
        Assert.True(await page.EvaluateAsync<bool>(Order, new object[] { "#region-mx .crisis-call", "800", "2000" }), "800 911 2000 is shown back to front.");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_printed_topic_is_a_handout_with_addresses_written_out_and_the_crisis_lines_at_the_end(string locale)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(locale, "helping-in-a-crisis.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var navigation = await page.Locator(".site-header nav").AllAsync();
        Assert.Equal(2, navigation.Count);
        foreach (var nav in navigation)
        {
            Assert.False(await nav.IsVisibleAsync());
        }

        Assert.False(await page.Locator(".topic-contents").IsVisibleAsync());
        Assert.False(await page.Locator(".topic-pager").IsVisibleAsync());
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.sources a'), '::after').content");
        Assert.StartsWith("\" (https://", after, StringComparison.Ordinal);
        var order = await page.EvaluateAsync<int[]>("() => ['.topic-section', '.crisis-callout', '.topic-footer'].map(s => Math.round(document.querySelector('.allyguide-topic ' + s).getBoundingClientRect().top))");
        Assert.True(order[0] < order[1] && order[1] < order[2], $"sections at {order[0]}, crisis at {order[1]}, sources at {order[2]}");
        await page.CloseAsync();
    }
}
