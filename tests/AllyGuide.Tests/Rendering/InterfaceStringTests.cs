using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>Interface strings own their word order and grammar: placeholders go where the locale puts them, and counts take the locale's plural form.</summary>
public sealed class InterfaceStringTests
{
    [Theory]
    [InlineData("en", "18 topics")]
    [InlineData("es", "18 temas")]
    [InlineData("ar", "\u206618\u2069 موضوعًا")]
    public void The_index_counts_topics_in_each_languages_plural_form(string locale, string expected)
    {
        using var writer = new StringWriter();
        GuideRenderer.Default.RenderIndexPage(Guide.LoadEmbedded().Localize(locale), writer);

        Assert.Contains($"<p class=\"topic-count\">{expected}</p>", writer.ToString(), StringComparison.Ordinal);
    }

    /// <remarks>The number is isolated left to right (U+2066 ... U+2069), as every value filled into right-to-left text is.</remarks>
    [Theory]
    [InlineData(0, "لا توجد مواضيع")]
    [InlineData(1, "موضوع واحد")]
    [InlineData(2, "موضوعان")]
    [InlineData(3, "\u20663\u2069 مواضيع")]
    [InlineData(10, "\u206610\u2069 مواضيع")]
    [InlineData(11, "\u206611\u2069 موضوعًا")]
    [InlineData(100, "\u2066100\u2069 موضوع")]
    [InlineData(103, "\u2066103\u2069 مواضيع")]
    public void A_count_takes_the_arabic_form_cldr_gives_it(int count, string expected)
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<p>{{ tr \"topic_count\" { count: " + count + " } }}</p>\n{{ include \"html/crisis-callout\" }}");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });

        var html = renderer.Render(Guide.LoadEmbedded().GetTopic("listening", "ar"), OutputFormat.HtmlFragment);

        Assert.Equal($"<p>{expected}</p>", html.Split('\n')[0]);
    }

    [Fact]
    public void A_translation_puts_the_placeholder_where_its_grammar_wants_it()
    {
        using var fixture = new ContentFixture();
        var guideFile = Path.Combine(fixture.Root, "guide.yaml");
        File.WriteAllText(guideFile, File.ReadAllText(guideFile).Replace("topics:", "  - code: fr\n    name: Français\ntopics:", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(fixture.Root, "fr"));
        File.WriteAllText(Path.Combine(fixture.Root, "fr", "ui.yaml"), "schema: 1\nstrings:\n  reviewed: \"{date} : dernière relecture\"\n");

        var topic = Guide.Load(fixture.Source, fixture.Options).GetTopic("alpha", "fr");
        var html = GuideRenderer.Default.Render(topic, OutputFormat.HtmlFragment);
        var text = GuideRenderer.Default.Render(topic, OutputFormat.Text);

        // The date is written in French too, as French writes it (issue: dates in the reader's language).
        Assert.Equal(new DateOnly(2026, 1, 10), topic.Reviewed);
        Assert.Contains("<time datetime=\"2026-01-10\">10 janvier 2026</time> : dernière relecture.", html, StringComparison.Ordinal);
        Assert.Contains("10 janvier 2026 : dernière relecture.", text, StringComparison.Ordinal);
        // The next string is not translated: it keeps English order, and is marked as English.
        Assert.Contains("<span lang=\"en\">Next review: <time", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_leaves_a_placeholder_empty_fails_with_the_fix()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<p>{{ tr \"reviewed\" }}</p>");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });

        var error = Assert.ThrowsAny<Exception>(() => renderer.Render(Guide.LoadEmbedded().GetTopic("listening"), OutputFormat.HtmlFragment));

        Assert.Contains("needs a value for {date}", error.Message, StringComparison.Ordinal);
    }
}
