using System.Text.RegularExpressions;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Rendering;

/// <summary>
/// Every text in the HTML carries the language it came from, field by field, and the direction of its script: read
/// back from the real pages of the shipped guide, in every locale, by the nearest <c>lang</c> and <c>dir</c> an
/// assistive technology would use.
/// </summary>
public sealed partial class LanguageMarkingTests
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    public static TheoryData<string, string> LocalesAndTopics()
    {
        var data = new TheoryData<string, string>();
        foreach (var locale in Shipped.Locales)
        {
            foreach (var id in Shipped.TopicOrder)
            {
                data.Add(locale.Code, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LocalesAndTopics))]
    public void Each_field_of_a_topic_page_is_marked_with_its_own_locale(string locale, string id)
    {
        var topic = Shipped.GetTopic(id, locale);
        var page = Parse(GuideRenderer.Default.Render(topic, OutputFormat.Html));

        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Direction(locale), page.DocumentElement.GetAttribute("dir"));
        AssertMarked(topic.Title, page.QuerySelector("h1")!);
        AssertMarked(topic.Summary, page.QuerySelector(".topic-summary")!);
        foreach (var section in topic.Sections)
        {
            var element = page.GetElementById(section.Id)!;
            AssertMarked(section.Title, element.QuerySelector("h2")!);
            AssertMarked(section.Body, Body(element));
            AssertMarked(section.Title, page.QuerySelector($".topic-contents a[href='#{section.Id}']")!);
            foreach (var tip in section.Tips)
            {
                AssertMarked(tip.Text, page.GetElementById($"tip-{tip.Id}")!.QuerySelector("p")!);
                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    var item = page.GetElementById($"phrase-{phrase.Id}")!;
                    AssertMarked(phrase.Text, item.QuerySelector("q")!);
                    if (phrase.Why is { } why)
                    {
                        AssertMarked(why, item.QuerySelector(".why")!);
                    }
                }
            }
        }

        foreach (var related in topic.Related)
        {
            AssertMarked(related.Title, page.QuerySelector($".topic-related a[href='{related.Id}.html']")!);
        }
    }

    [Fact]
    public void An_english_body_under_a_translated_title_is_marked_english()
    {
        // In the Arabic guide, most topics are not translated yet: the title of a related Arabic topic and an
        // English section sit side by side, and each says its own language and direction.
        var topic = Shipped.GetTopic("why-allies-matter", "ar");
        Assert.Equal("en", topic.Title.Locale);
        var page = Parse(GuideRenderer.Default.Render(topic, OutputFormat.Html));

        var heading = page.QuerySelector("h1")!;
        Assert.Equal(("en", "ltr"), (Lang(heading), Dir(heading)));
        Assert.Equal(("ar", "rtl"), (Lang(page.QuerySelector(".crisis-callout h2")!), Dir(page.QuerySelector(".crisis-callout h2")!)));
        Assert.NotNull(page.QuerySelector(".notice-untranslated"));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("es")]
    [InlineData("en")]
    public void A_fragment_carries_its_language_and_direction(string locale)
    {
        var html = GuideRenderer.Default.Render(Shipped.GetTopic("listening", locale), OutputFormat.HtmlFragment);
        var root = Parse(html).Body!.FirstElementChild!;

        Assert.Equal(("article", locale, Direction(locale)), (root.LocalName, root.GetAttribute("lang"), root.GetAttribute("dir")));
    }

    public static TheoryData<string> ArabicPages() => ["topic:listening", "topic:why-allies-matter", "topic:helping-in-a-crisis", "index", "crisis"];

    /// <summary>
    /// Read by script: on an Arabic page every run of Arabic letters is in Arabic, right to left, and every run of
    /// Latin words is marked as another language, left to right. This covers what has no model field to compare
    /// with: interface strings, the crisis block, sources, the foot.
    /// </summary>
    [Theory]
    [MemberData(nameof(ArabicPages))]
    public void On_arabic_pages_each_script_is_in_its_own_language_and_direction(string page)
    {
        var guide = Shipped.Localize("ar");
        var html = page switch
        {
            "index" => Render(writer => GuideRenderer.Default.RenderIndexPage(guide, writer)),
            "crisis" => Render(writer => GuideRenderer.Default.RenderCrisisPage(guide, writer)),
            _ => GuideRenderer.Default.Render(Shipped.GetTopic(page["topic:".Length..], "ar"), OutputFormat.Html),
        };
        var document = Parse(html);
        var checkedTexts = 0;
        foreach (var text in document.Body!.Descendants<IText>())
        {
            var value = text.Data.Trim();
            var parent = text.ParentElement!;
            if (value.Length == 0)
            {
                continue;
            }

            if (ArabicLetters().IsMatch(value))
            {
                Assert.True(Lang(parent) == "ar" && Dir(parent) == "rtl", $"Arabic text marked {Lang(parent)}/{Dir(parent)}: {value}");
                checkedTexts++;
            }
            else if (LatinWords().IsMatch(value) && !IsNameOrAddress(value))
            {
                Assert.True(Lang(parent) != "ar" && Dir(parent) == "ltr", $"Latin text marked {Lang(parent)}/{Dir(parent)}: {value}");
                checkedTexts++;
            }
        }

        Assert.True(checkedTexts > 10, $"Only {checkedTexts} texts were checked.");
    }

    /// <summary>The first paragraph of a section's body: after its heading and any notice, before its tips.</summary>
    private static IElement Body(IElement section)
    {
        var first = section.Children.First(c => c.LocalName is "p" or "div" && !c.ClassList.Contains("notice"));
        return first.LocalName == "p" ? first : first.QuerySelector("p")!;
    }

    private static void AssertMarked(LocalizedText text, IElement element)
    {
        Assert.Equal(text.Text.Length == 0 ? Lang(element) : text.Locale, Lang(element));
        Assert.Equal(Direction(text.Locale), Dir(element));
    }

    /// <summary>The language in effect at an element: its own <c>lang</c> or its nearest ancestor's.</summary>
    private static string Lang(IElement element) => Nearest(element, "lang") ?? "";

    /// <summary>The direction in effect at an element: its own <c>dir</c> or its nearest ancestor's (ltr by default).</summary>
    private static string Dir(IElement element) => Nearest(element, "dir") ?? "ltr";

    private static string? Nearest(IElement element, string attribute)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute(attribute) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string Direction(string locale) => locale.StartsWith("ar", StringComparison.Ordinal) ? "rtl" : "ltr";

    /// <summary>The guide's name and web addresses are the same in every language.</summary>
    private static bool IsNameOrAddress(string value) =>
        value is "AllyGuide" || value.StartsWith("https://", StringComparison.Ordinal) || value.Contains(".com", StringComparison.Ordinal) || value.Contains(".org", StringComparison.Ordinal);

    private static string Render(Action<TextWriter> render)
    {
        using var writer = new StringWriter();
        render(writer);
        return writer.ToString();
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetters();

    [GeneratedRegex(@"[A-Za-z]{4,}")]
    private static partial Regex LatinWords();
}
