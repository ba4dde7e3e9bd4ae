using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Localization;

public sealed class LocalizationTests
{
    private static Guide LoadTranslated(ContentFixture fixture)
    {
        TempDirectory.Copy(Path.Combine(TestPaths.Fixtures, "Translated"), fixture.Root);
        return Guide.Load(fixture.Source);
    }

    [Theory]
    [InlineData("es-MX", new[] { "es", "en" })]
    [InlineData("es", new[] { "es", "en" })]
    [InlineData("es_ES", new[] { "es", "en" })]
    [InlineData("fr-CA", new[] { "en" })]
    [InlineData("", new[] { "en" })]
    [InlineData(null, new[] { "en" })]
    public void Fallback_chain_goes_from_specific_to_default(string? requested, string[] expected)
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);
        Assert.Equal(expected, guide.GetFallbackChain(requested).ToArray());
    }

    [Fact]
    public void Translated_units_override_by_id_and_remember_their_locale()
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);

        var topic = guide.GetTopic("alpha", "es-MX");

        Assert.Equal("es", topic.Locale);
        Assert.Equal("Tema alfa", topic.Title.Text);
        Assert.Equal("es", topic.Title.Locale);
        var section = Assert.Single(topic.Sections);
        Assert.Equal(("Primera sección", "es"), (section.Title.Text, section.Title.Locale));
        // The section body was not translated: it stays English.
        Assert.Contains("A short body", section.Body.Text, StringComparison.Ordinal);
        Assert.Equal("en", section.Body.Locale);
        var tip = Assert.Single(section.Tips);
        Assert.Equal(("Escucha más de lo que hablas.", "es"), (tip.Text.Text, tip.Text.Locale));
        Assert.Equal(("Estoy aquí para ti.", "es"), (tip.TrySaying[0].Text.Text, tip.TrySaying[0].Text.Locale));
        Assert.Equal(("Calm down.", "en"), (tip.AvoidSaying[0].Text.Text, tip.AvoidSaying[0].Text.Locale));
        // Dates, audience and sources come from the default locale.
        Assert.Equal(new DateOnly(2026, 1, 10), topic.Reviewed);
        Assert.Equal(["org-one", "org-two"], topic.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Untranslated_topics_and_strings_fall_back_to_the_default_locale()
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);

        var beta = guide.GetTopic("beta", "es");
        Assert.Equal(("Beta topic", "en"), (beta.Title.Text, beta.Title.Locale));
        Assert.Equal("Puedes decir", beta.Ui["try_saying"]);
        Assert.Equal("es", beta.Ui.Values["try_saying"].Locale);
        Assert.Equal("Avoid saying", beta.Ui["avoid_saying"]);
        Assert.Equal("en", beta.Ui.Values["avoid_saying"].Locale);
        // Spanish has no crisis.yaml yet: the crisis texts are the default locale's, each marked as such.
        Assert.Equal("en", beta.Crisis.Region.Name.Locale);
        Assert.All(beta.Crisis.Region.Services, s => Assert.Equal("en", s.Name.Locale));
    }

    [Fact]
    public void Related_topic_titles_are_localized()
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);
        var beta = guide.Localize("es").Topics.Single(t => t.Id == "beta");
        Assert.Empty(beta.Related);
        var alpha = guide.GetTopic("alpha", "en");
        Assert.Equal("Beta topic", Assert.Single(alpha.Related).Title.Text);
    }

    [Fact]
    public void Translated_html_keeps_letters_readable_and_marks_each_units_language()
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);

        var html = AllyGuide.Rendering.GuideRenderer.Default.Render(guide.GetTopic("alpha", "es"), AllyGuide.Rendering.OutputFormat.HtmlFragment);

        Assert.Contains("<h2 id=\"first-title\">Primera sección</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<q>Estoy aquí para ti.</q>", html, StringComparison.Ordinal);
        // Each text carries its own language: the untranslated phrase is marked English inside the Spanish page.
        Assert.Contains("<li id=\"phrase-calm-down\"><q lang=\"en\">Calm down.</q>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", html.Replace("&#x27;", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_locale_is_resolved_once_and_shared()
    {
        using var fixture = new ContentFixture();
        var guide = LoadTranslated(fixture);

        Assert.Same(guide.Localize("es-MX"), guide.Localize("es_mx"));
        // A region subtag chooses the crisis region, so es and es-MX readers share the texts but not the region.
        Assert.NotSame(guide.Localize("es-MX"), guide.Localize("es"));
        Assert.Same(guide.Localize("fr"), guide.Localize("en"));
        Assert.NotSame(guide.Localize("es"), guide.Localize("en"));
        Assert.Same(guide.GetTopic("alpha", "es"), guide.GetTopic("alpha", "ES"));
    }

    [Fact]
    public void Unknown_topic_names_the_known_ones()
    {
        var guide = Guide.LoadEmbedded();
        var error = Assert.Throws<KeyNotFoundException>(() => guide.GetTopic("listning", "en"));
        Assert.Contains("listening", error.Message, StringComparison.Ordinal);
        Assert.False(guide.TryGetTopic("listning", "en", out _));
    }
}
