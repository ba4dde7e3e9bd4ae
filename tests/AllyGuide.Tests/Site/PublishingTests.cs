using System.Text.Json;
using System.Xml.Linq;
using AllyGuide.Rendering;
using AllyGuide.Site;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Site;

/// <summary>What a publisher's site gives search engines, sharing previews and readers who land on a wrong address.</summary>
public sealed class PublishingTests
{
    private const string Base = "https://guide.example.org/help/";
    private static readonly Guide Shipped = Guide.LoadEmbedded();
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void With_a_base_url_every_page_has_its_canonical_address_and_absolute_alternates()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = GuideSite.Build(Shipped, output, SiteOptions.Default with { BaseUrl = "https://guide.example.org/help" });

        foreach (var page in result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, page)));
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.Equal(Base + page, canonical);
            Assert.Equal(canonical, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            var alternates = document.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
            Assert.Equal(4, alternates.Count);
            Assert.All(alternates, a => Assert.StartsWith(Base, a.Item2!, StringComparison.Ordinal));
            if (page.StartsWith("es/", StringComparison.Ordinal))
            {
                Assert.Contains(("en", Base + "en/" + page[3..]), alternates);
                Assert.Contains(("x-default", Base + "en/" + page[3..]), alternates);
            }
        }
    }

    [Fact]
    public void Without_a_base_url_there_is_no_canonical_link_and_no_sitemap()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = GuideSite.Build(Shipped, output);

        Assert.DoesNotContain("sitemap.xml", result.Files);
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(output, "robots.txt")));
        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "listening.html")));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Equal("../es/listening.html", document.QuerySelector("link[rel=alternate][hreflang=es]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_locale_with_its_alternates()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = GuideSite.Build(Shipped, output, SiteOptions.Default with { BaseUrl = Base });

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Load(Path.Combine(output, "sitemap.xml"));
        var urls = sitemap.Root!.Elements(sm + "url").ToList();
        var locs = urls.Select(u => u.Element(sm + "loc")!.Value).ToList();
        var pages = result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.EndsWith("404.html", StringComparison.Ordinal)).Select(f => Base + f);
        Assert.Equal(pages.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        var listening = urls.Single(u => u.Element(sm + "loc")!.Value == Base + "ar/listening.html");
        var links = listening.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(Base + "es/listening.html", links["es"]);
        Assert.Equal(Base + "en/listening.html", links["x-default"]);
        Assert.Equal(4, links.Count);
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {Base}sitemap.xml\n", File.ReadAllText(Path.Combine(output, "robots.txt")));
    }

    [Theory]
    [InlineData("http://guide.example.org/")]
    [InlineData("guide.example.org")]
    [InlineData("/help/")]
    [InlineData("https://guide.example.org/?a=1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://guide.example.org/\"><script>")]
    public void A_base_url_that_is_not_a_plain_https_address_is_refused(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => SiteOptions.Default with { BaseUrl = value });
        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_page_describes_itself_as_a_medical_web_page_in_json_ld()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Shipped, output, SiteOptions.Default with { BaseUrl = Base });
        var es = Shipped.Localize("es");
        var topic = es.Topics.Single(t => t.Id == "helping-in-a-crisis");

        var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "helping-in-a-crisis.html")));
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(topic.Title.Text, root.GetProperty("name").GetString());
        Assert.Equal("es", root.GetProperty("inLanguage").GetString());
        Assert.Equal(topic.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("lastReviewed").GetString());
        Assert.Equal(Base + "es/helping-in-a-crisis.html", root.GetProperty("url").GetString());
        Assert.Equal(topic.Title.Text, root.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal(topic.Audience.ToArray(), root.GetProperty("audience").EnumerateArray().Select(a => a.GetProperty("audienceType").GetString()).ToArray());
        Assert.Equal(topic.Sources.Length, root.GetProperty("citation").GetArrayLength());
        Assert.Equal(topic.Summary.Text, document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("article", document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("es", document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));

        // Other pages are not topics: no medical page description.
        var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "index.html")));
        Assert.Empty(index.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal(es.Ui.Values["site_tagline"].Text, index.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Fact]
    public void The_search_index_holds_every_topic_with_its_words_and_the_search_page_lists_them_all_without_script()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Shipped, output);
        var es = Shipped.Localize("es");

        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "es", "search.json")));
        var topics = index.RootElement.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(es.Topics.Select(t => t.Id), topics.Select(t => t.GetProperty("id").GetString()));
        var listening = topics.Single(t => t.GetProperty("id").GetString() == "listening");
        Assert.Equal("listening.html", listening.GetProperty("url").GetString());
        var terms = listening.GetProperty("terms").GetString()!.Split(' ');
        // Words from the body, lower case, once each; never a link's address.
        Assert.Equal(terms.Length, terms.Distinct().Count());
        Assert.All(terms, t => Assert.Equal(t.ToLowerInvariant(), t));
        Assert.DoesNotContain("https", terms);
        var firstWord = es.Topics.Single(t => t.Id == "listening").Sections[0].Title.Text.Split(' ').First(w => w.Length > 2).ToLowerInvariant();
        Assert.Contains(firstWord, terms);

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "search.html")));
        Assert.Equal(es.Topics.Select(t => t.Title.Text), page.QuerySelectorAll(".search-list li > a").Select(a => a.TextContent));
        Assert.Equal("../assets/search.js", page.QuerySelector("script[src]")?.GetAttribute("src"));
        Assert.Equal("search.json", page.QuerySelector(".search-form")?.GetAttribute("data-index"));
        // How many match, in Spanish, for the script to show: one sample per count.
        var counts = File.ReadAllText(Path.Combine(output, "es", "search.html"));
        Assert.Matches("<span data-count=\"1\">\\D*1\\D* tema coincide</span>", counts);
        Assert.Matches("<span data-count=\"7\">\\D*7\\D* temas coinciden</span>", counts);
    }

    [Fact]
    public void Every_locale_has_a_page_not_found_whose_links_work_from_any_address()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Shipped, output);

        foreach (var (file, locale) in new[] { ("404.html", "en"), ("en/404.html", "en"), ("es/404.html", "es"), ("ar/404.html", "ar") })
        {
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, file)));
            Assert.Equal(locale, document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(Shipped.Localize(locale).Ui.Values["not_found_title"].Text, document.QuerySelector("h1")?.TextContent);
            Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.NotNull(document.QuerySelector(".crisis-callout"));
            foreach (var link in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('#')))
            {
                Assert.StartsWith("/", link, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(output, link.TrimStart('/').Split('#')[0])), $"{file} links to missing {link}");
            }
        }
    }

    [Fact]
    public void The_about_page_says_what_the_guide_is_not_and_links_the_report_address_when_given()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Shipped, output, SiteOptions.Default with { Renderer = RendererOptions.Default with { ReportUrl = "mailto:guide@example.org" } });

        var about = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "about.html")));
        Assert.Contains("not an emergency service", about.QuerySelector(".about-not")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("mailto:guide@example.org", about.QuerySelector(".report-link")?.GetAttribute("href"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", about.QuerySelector("a[rel=license]")?.GetAttribute("href"));
        Assert.NotNull(about.QuerySelector(".crisis-callout"));

        // Every page links to it from its foot; every topic carries the license line.
        var topic = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "listening.html")));
        Assert.Equal("about.html", topic.QuerySelector(".site-footer a")?.GetAttribute("href"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", topic.QuerySelector(".topic-license a[rel=license]")?.GetAttribute("href"));

        GuideSite.Build(Shipped, output);
        about = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "about.html")));
        Assert.Null(about.QuerySelector(".report-link"));
        Assert.Contains(Shipped.Localize("en").Ui.Values["about_report_publisher"].Text, about.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://example.org/report")]
    [InlineData("mailto:")]
    [InlineData("mailto:a b@example.org")]
    public void A_report_address_must_be_https_or_mailto(string value) =>
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { ReportUrl = value });

    [Fact]
    public void The_crisis_page_gives_numbered_steps_before_the_countries()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Shipped, output);
        var ui = Shipped.Localize("es").Ui.Values;

        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "crisis.html")));
        var steps = page.QuerySelectorAll("ol.crisis-step-list > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(5, steps.Count);
        Assert.Equal(ui["crisis_step_danger"].Text, steps[0]);
        Assert.StartsWith(ui["crisis_step_after"].Text, steps[4], StringComparison.Ordinal);
        var order = page.QuerySelectorAll("ol.crisis-step-list, nav.region-jumps, .crisis-region").Select(e => e.ClassName).ToList();
        Assert.Equal("crisis-step-list", order[0]);
        Assert.Equal("region-jumps", order[1]);
    }
}
