using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AllyGuide.Browser.Tests;

/// <summary>
/// What a publisher promises readers: every page whole without script, small, with no third-party request and nothing
/// moving as it loads; a search that narrows the list; a page not found in the reader's language; links between
/// languages and countries that land on real pages; and screenshots of a topic as readers see it.
/// </summary>
public sealed partial class SitePublishingInBrowserTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    public static TheoryData<string, string> Pages() => SiteInBrowserTests.Pages();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_shows_its_whole_text_with_javascript_off(string locale, string name)
    {
        const string Parts = "main > *:not(.search-form):not(script)";
        var on = await site.Browser.NewPageAsync();
        await on.GotoAsync(site.Url(locale, name));
        var withScript = await on.Locator(Parts).AllInnerTextsAsync();

        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var off = await context.NewPageAsync();
        await off.GotoAsync(site.Url(locale, name));
        var withoutScript = await off.Locator(Parts).AllInnerTextsAsync();

        Assert.NotEmpty(withScript);
        Assert.True(string.Concat(withScript).Length > 200, "The page has almost no text.");
        Assert.Equal(withScript, withoutScript);
        await context.CloseAsync();
        await on.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_is_small_makes_no_third_party_request_and_does_not_shift(string locale, string name)
    {
        var page = await site.Browser.NewPageAsync();
        var requests = new List<string>();
        var responses = new List<IResponse>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(site.Url(locale, name), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 300);
            })
            """);
        Assert.Equal(0, shift);

        var offSite = requests.Where(u => !u.StartsWith(site.Origin.AbsoluteUri, StringComparison.Ordinal)).ToList();
        Assert.True(offSite.Count == 0, "Requests off the site: " + string.Join(", ", offSite));

        long bytes = 0;
        foreach (var response in responses.Where(r => r.Request.ResourceType is "document" or "stylesheet"))
        {
            bytes += (await response.BodyAsync()).Length;
        }

        Assert.InRange(bytes, 1_000, 50 * 1024 - 1);
        await page.CloseAsync();
    }

    public static TheoryData<string, string> StreamedPages()
    {
        var data = new TheoryData<string, string> { { "", "index.html" } };
        foreach (var locale in SiteFixture.Locales)
        {
            data.Add(locale, "index.html");
            data.Add(locale, "listening.html");
        }

        return data;
    }

    /// <summary>
    /// On a slow connection the browser paints a page before all of it has arrived. Nothing painted then may move when
    /// the rest comes: the page is sent in two parts, split after each link of the header in turn, with a pause between.
    /// </summary>
    [Theory]
    [MemberData(nameof(StreamedPages))]
    public async Task Nothing_moves_when_the_rest_of_a_page_arrives_after_a_pause(string locale, string name)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(site.SiteDirectory, locale, name));
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        var header = html.IndexOf("<header", StringComparison.Ordinal);
        var headerEnd = html.IndexOf("</header>", header, StringComparison.Ordinal);
        // From the end of the site's name, the first thing a reader sees, to the end of the header.
        var title = html.IndexOf("class=\"site-title\"", header, StringComparison.Ordinal);
        var splits = new List<int>();
        for (var at = html.IndexOf("</a>", title, StringComparison.Ordinal); at > 0 && at < headerEnd; at = html.IndexOf("</a>", at + 1, StringComparison.Ordinal))
        {
            splits.Add(at + "</a>".Length);
        }

        Assert.True(splits.Count >= 3, "The header has fewer than three links.");
        var page = await site.Browser.NewPageAsync();
        foreach (var cut in splits)
        {
            var split = System.Text.Encoding.UTF8.GetByteCount(html.AsSpan(0, cut));
            await page.GotoAsync(site.Url(locale, name) + "?pause-after=" + split, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var moved = await page.EvaluateAsync<string>(ShiftsScript);
            Assert.True(moved.Length == 0, $"Paused after \"...{html[Math.Max(header, cut - 60)..cut]}\", then moved: {moved}");
        }

        await page.CloseAsync();
    }

    /// <summary>Every layout shift the page recorded, with what moved and from where to where; empty for none.</summary>
    private const string ShiftsScript = """
        () => new Promise(resolve => {
          const moved = [];
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              const what = e.sources.map(s => (s.node ? s.node.nodeName + (s.node.className ? '.' + s.node.className : '') + ' "' + (s.node.textContent || '').trim().slice(0, 30) + '"' : '?')
                + ' from ' + s.previousRect.x + ',' + s.previousRect.y + ' to ' + s.currentRect.x + ',' + s.currentRect.y);
              moved.push(e.value.toFixed(4) + ': ' + what.join('; '));
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(moved.join(' | ')), 300);
        })
        """;

    [Theory]
    [MemberData(nameof(SiteInBrowserTests.Locales), MemberType = typeof(SiteInBrowserTests))]
    public async Task Search_narrows_the_list_as_you_type_and_says_how_many_match(string locale)
    {
        var guide = Shipped.Localize(locale);
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(locale, "search.html"));
        var items = page.Locator(".search-list > li");
        Assert.Equal(guide.Topics.Length, await items.CountAsync());

        // A word from one topic's own title, typed with different case: that topic comes first.
        var topic = guide.Topics.First(t => t.Id == "self-harm");
        var word = Words().Matches(topic.Title.Text).Select(m => m.Value).OrderByDescending(w => w.Length).First();
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = guide.Ui.Values["search_label"].Text });
        await box.FillAsync(word.ToUpperInvariant());
        var visible = page.Locator(".search-list > li:not([hidden])");
        await Assertions.Expect(visible.First).ToHaveAttributeAsync("data-topic", "self-harm");
        var shown = await visible.CountAsync();
        Assert.InRange(shown, 1, guide.Topics.Length - 1);
        Assert.Contains(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".search-count").InnerTextAsync(), StringComparison.Ordinal);

        await box.FillAsync("zzqxv");
        await Assertions.Expect(visible).ToHaveCountAsync(0);
        // "0 topics match" in the page's language, in its own plural form (Arabic has one for zero, with no digit).
        var none = await page.EvaluateAsync<string>("() => document.querySelector('.search-counts').content.querySelector('[data-count=\"0\"]').textContent");
        Assert.Equal(none, await page.Locator(".search-count").InnerTextAsync());

        await box.FillAsync("");
        await Assertions.Expect(visible).ToHaveCountAsync(guide.Topics.Length);
        Assert.Equal("", await page.Locator(".search-count").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_is_the_full_list_and_no_box()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("en", "search.html"));

        Assert.False(await page.Locator(".search-form").IsVisibleAsync());
        Assert.Equal(Shipped.TopicOrder.Length, await page.Locator(".search-list > li:visible").CountAsync());
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("es/no-such-topic.html", "es")]
    [InlineData("ar/old/page", "ar")]
    [InlineData("nowhere.html", "en")]
    public async Task An_unknown_address_gets_the_page_not_found_in_its_language_with_working_links(string path, string locale)
    {
        var guide = Shipped.Localize(locale);
        var page = await site.Browser.NewPageAsync();
        var response = await page.GotoAsync(new Uri(site.Origin, path).AbsoluteUri);

        Assert.Equal(404, response!.Status);
        Assert.Equal(locale, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(guide.Ui.Values["not_found_title"].Text, await page.Locator("h1").InnerTextAsync());
        Assert.Equal("solid", await page.Locator(".crisis-callout").EvaluateAsync<string>("e => getComputedStyle(e).borderInlineStartStyle"));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = guide.Ui.Values["all_topics"].Text, Exact = true }).ClickAsync();
        Assert.Equal(site.Url(locale, "index.html"), page.Url);
        Assert.Equal(guide.Topics.Length, await page.Locator(".all-topics .topic-list > li").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_language_switcher_and_the_region_links_land_on_real_pages()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("es", "listening.html"));

        foreach (var language in Shipped.Locales)
        {
            await page.GotoAsync(site.Url("es", "listening.html"));
            var response = await page.RunAndWaitForResponseAsync(() => page.Locator(".languages").GetByRole(AriaRole.Link, new() { Name = language.Name }).ClickAsync(), r => r.Request.IsNavigationRequest);
            Assert.Equal(200, response.Status);
            Assert.Equal(site.Url(language.Code, "listening.html"), page.Url);
            Assert.Equal(language.Code, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(language.Code == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        }

        // Each other country in the crisis box opens the crisis page at that country, in view.
        var regions = Shipped.Localize("en").Crisis.Regions.Skip(1).ToList();
        Assert.NotEmpty(regions);
        foreach (var region in regions)
        {
            await page.GotoAsync(site.Url("en", "listening.html"));
            await page.Locator(".crisis-others").GetByRole(AriaRole.Link, new() { Name = region.Name.Text, Exact = true }).ClickAsync();
            Assert.Equal(site.Url("en", "crisis.html") + "#region-" + region.Id, page.Url);
            await Assertions.Expect(page.Locator($"#region-{region.Id}")).ToBeInViewportAsync();
        }

        await page.CloseAsync();
    }

    /// <summary>
    /// A topic as readers see it, on a phone and a desktop, light and dark, and in Arabic: saved for people to look at
    /// (<c>artifacts/screenshots</c>, or <c>ALLYGUIDE_ARTIFACTS</c>), and checked to be real pictures of the page.
    /// </summary>
    [Theory]
    [InlineData("en", 375, ColorScheme.Light)]
    [InlineData("en", 1280, ColorScheme.Light)]
    [InlineData("en", 375, ColorScheme.Dark)]
    [InlineData("en", 1280, ColorScheme.Dark)]
    [InlineData("ar", 375, ColorScheme.Light)]
    [InlineData("ar", 1280, ColorScheme.Light)]
    public async Task Screenshots_of_a_topic_are_saved(string locale, int width, ColorScheme scheme)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(locale, "helping-in-a-crisis.html"));
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
        Assert.Equal(scheme == ColorScheme.Dark ? "rgb(22, 24, 29)" : "rgb(255, 255, 255)", background);

        var folder = Path.Combine(ArtifactsFolder(), "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"helping-in-a-crisis-{locale}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });

        Assert.True(png.Length > 10_000, $"{file} is only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var pixelWidth = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(width, pixelWidth);
        await context.CloseAsync();
    }

    /// <summary><c>ALLYGUIDE_ARTIFACTS</c>, or <c>artifacts/</c> at the top of the repository.</summary>
    private static string ArtifactsFolder()
    {
        if (Environment.GetEnvironmentVariable("ALLYGUIDE_ARTIFACTS") is { Length: > 0 } given)
        {
            return given;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AllyGuide.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
