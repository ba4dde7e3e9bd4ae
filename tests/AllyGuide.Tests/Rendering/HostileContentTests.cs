using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Rendering;

/// <summary>
/// Content with script tags, attribute breakers and javascript: links in every text field must never become markup.
/// The loader reports it, and the renderer escapes it anyway.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly string[] SafeSchemes = ["https:", "mailto:", "tel:", "sms:"];

    private static (ContentFixture Fixture, LocalizedGuide Guide) LoadHostile()
    {
        var fixture = new ContentFixture();
        TempDirectory.Copy(Path.Combine(TestPaths.Fixtures, "Hostile"), fixture.Root);
        var result = Guide.TryLoad(fixture.Source);
        Assert.True(result.HasErrors, "The loader must report the hostile content.");
        Assert.Contains(result.Diagnostics, d => d.Code == "AG0019");
        Assert.Contains(result.Diagnostics, d => d.Code == "AG0018");
        Assert.NotNull(result.Guide);
        return (fixture, result.Guide.Localize("en"));
    }

    public static TheoryData<string> HtmlFormats => new() { "html", "fragment" };

    [Theory]
    [MemberData(nameof(HtmlFormats))]
    public void Topic_html_has_no_markup_from_content(string format)
    {
        var (fixture, guide) = LoadHostile();
        using (fixture)
        {
            foreach (var topic in guide.Topics)
            {
                var html = GuideRenderer.Default.Render(topic, Formats.Named(format));
                AssertInert(html);
                // The words survive, as text.
                Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Index_and_crisis_pages_have_no_markup_from_content()
    {
        var (fixture, guide) = LoadHostile();
        using (fixture)
        {
            using var index = new StringWriter();
            GuideRenderer.Default.RenderIndexPage(guide, index);
            AssertInert(index.ToString());
            using var crisis = new StringWriter();
            GuideRenderer.Default.RenderCrisisPage(guide, crisis);
            AssertInert(crisis.ToString());
        }
    }

    [Fact]
    public void Unsafe_links_keep_their_words_and_lose_their_target()
    {
        var (fixture, guide) = LoadHostile();
        using (fixture)
        {
            var html = GuideRenderer.Default.Render(guide.Topics[0], OutputFormat.HtmlFragment);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Contains("click me", document.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.TextContent == "click me");
            Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://ok.example.org/tip");
            Assert.Empty(document.QuerySelectorAll("img"));
        }
    }

    [Fact]
    public void Text_and_json_keep_hostile_text_as_data()
    {
        var (fixture, guide) = LoadHostile();
        using (fixture)
        {
            var topic = guide.Topics[0];
            var text = GuideRenderer.Default.Render(topic, OutputFormat.Text);
            // Link targets with unsafe schemes are dropped; their words stay.
            Assert.DoesNotContain("javascript:alert(3)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("vbscript:", text, StringComparison.Ordinal);
            Assert.Contains("click me", text, StringComparison.Ordinal);

            var json = GuideRenderer.Default.Render(topic, OutputFormat.Json);
            // HTML-sensitive characters are escaped so the JSON can sit inside a <script> block.
            Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:alert(3)\"", json, StringComparison.Ordinal);
            var document = GuideJson.Deserialize(json)!;
            Assert.StartsWith("Title <script>alert(1)</script>", document.Topic.Title, StringComparison.Ordinal);
            AssertInert(document.Topic.Sections[0].Body.Html);
            // The markup field is safe for any Markdown renderer: no unsafe link targets, raw HTML escaped.
            var markup = document.Topic.Sections[0].Body.Markup;
            Assert.DoesNotContain("](javascript:", markup, StringComparison.Ordinal);
            Assert.DoesNotContain("](data:", markup, StringComparison.Ordinal);
            Assert.Contains("\\<a href", markup, StringComparison.Ordinal);
            AssertInert(Markdig.Markdown.ToHtml(markup));
        }
    }

    [Theory]
    [MemberData(nameof(HtmlFormats))]
    public void Unsafe_urls_in_the_model_never_reach_an_href(string format)
    {
        // Validation rejects these, but the model of content with errors still holds them: build one by hand.
        const string Bad = "javascript:alert(7)";
        var en = new LocalizedText("x", "en");
        var service = new LocalizedService
        {
            Id = "svc",
            Name = en,
            Description = en,
            Url = Bad,
            Verified = new DateOnly(2026, 1, 1),
            Contacts =
            [
                new LocalizedContact { Kind = CrisisContactKind.Web, Label = en, Value = Bad, Href = Bad },
                new LocalizedContact { Kind = CrisisContactKind.Chat, Label = en, Value = Bad, Href = Bad },
            ],
        };
        var region = new LocalizedRegion { Id = "r", Name = en, Countries = ["US"], Emergency = "911", Services = [service] };
        var localized = new LocalizedTopic
        {
            Id = "t",
            Title = en,
            Summary = en,
            Sections = [new LocalizedSection { Id = "sec", Title = en, Body = new LocalizedText($"[x]({Bad})", "en") }],
            Locale = "en",
            FallbackChain = ["en"],
            Sources = [new Source { Id = "s", Title = "Src", Organization = "Org", Url = Bad, Locale = "en" }],
            Crisis = new LocalizedCrisis { Region = region, Regions = [region], Fallback = region, Locale = "en" },
            Ui = Guide.LoadEmbedded().Localize().Ui,
            ContentVersion = new ContentVersion { Major = 1 },
        };

        // A region whose only lines are unusable addresses has no crisis help to show: the page is refused (AG0042).
        var refused = Assert.Throws<GuideTemplateException>(() => GuideRenderer.Default.Render(localized, Formats.Named(format)));
        Assert.Equal("AG0042", Assert.Single(refused.Diagnostics).Code);

        // With a real line beside them, the page renders, and the unsafe addresses are never links.
        var call = new LocalizedContact { Kind = CrisisContactKind.Call, Label = new LocalizedText("Call 988", "en"), Value = "988", Href = "tel:988" };
        var safeRegion = new LocalizedRegion { Id = "r", Name = en, Countries = ["US"], Emergency = "911", Services = [new LocalizedService { Id = "svc", Name = en, Description = en, Url = Bad, Verified = service.Verified, Contacts = [.. service.Contacts, call] }] };
        var withLine = new LocalizedTopic
        {
            Id = localized.Id,
            Title = en,
            Summary = en,
            Sections = localized.Sections,
            Locale = "en",
            FallbackChain = ["en"],
            Sources = localized.Sources,
            Crisis = new LocalizedCrisis { Region = safeRegion, Regions = [safeRegion], Fallback = safeRegion, Locale = "en" },
            Ui = localized.Ui,
            ContentVersion = localized.ContentVersion,
        };
        var html = GuideRenderer.Default.Render(withLine, Formats.Named(format));
        AssertInert(html);
        Assert.DoesNotContain("javascript:", GuideJson.Serialize(withLine), StringComparison.Ordinal);
    }

    /// <summary>Parses the HTML as a browser would and checks that nothing in it can run.</summary>
    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script:not([type=\"application/ld+json\"]), img, iframe, object, embed, style"));
        foreach (var data in document.QuerySelectorAll("script[type=\"application/ld+json\"]"))
        {
            // The page's schema.org description: data, never markup, whatever the content holds.
            Assert.DoesNotContain('<', data.TextContent);
            using var json = System.Text.Json.JsonDocument.Parse(data.TextContent);
            Assert.Equal("MedicalWebPage", json.RootElement.GetProperty("@type").GetString());
        }

        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"<{element.LocalName}> has an event handler attribute {attribute.Name}");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    AssertSafeUrl(element, attribute.Value);
                }
            }
        }
    }

    private static void AssertSafeUrl(IElement element, string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        Assert.True(!hasScheme || SafeSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)),
            $"<{element.LocalName}> links to '{url}'");
    }
}
