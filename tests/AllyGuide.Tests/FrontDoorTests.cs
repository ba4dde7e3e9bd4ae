using System.Globalization;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests;

/// <summary>The front door: Guide and ContentFolder, with the overloads and cancellation hosts rely on.</summary>
public sealed class FrontDoorTests
{
    [Fact]
    public void Without_a_locale_the_default_is_used_and_the_current_culture_only_when_asked()
    {
        var guide = Guide.LoadEmbedded();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

            Assert.Equal("en", guide.GetTopic("listening").Locale);
            Assert.Equal("es", guide.GetTopicForCurrentCulture("listening").Locale);
            Assert.Same(guide.GetTopic("listening", "es-MX"), guide.GetTopicForCurrentCulture("listening"));
            Assert.Equal("mx", guide.LocalizeForCurrentCulture().Crisis.Region.Id);

            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("en", guide.GetTopicForCurrentCulture("listening").Locale);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Null_means_the_default_locale_and_compiles_without_a_cast()
    {
        var guide = Guide.LoadEmbedded();

        Assert.Equal("en", guide.Localize(null).Locale);
        Assert.Equal("en", guide.Localize().Locale);
        Assert.Equal("en", guide.GetTopic("listening", null).Locale);
        Assert.Equal("en", guide.GetTopic("listening").Locale);
        Assert.Same(guide.Localize((CultureInfo?)null), guide.Localize((string?)null));
        Assert.Same(guide.GetTopic("listening", CultureInfo.GetCultureInfo("en-GB")), guide.GetTopic("listening", "en-GB"));
    }

    [Fact]
    public void Loading_a_folder_stops_when_cancelled()
    {
        using var fixture = new ContentFixture();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Guide.TryLoad(fixture.Source, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ContentLoader.Load(fixture.Source, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ContentFolder.FromDirectory(fixture.Root).Validate(cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Rendering_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var topic = Guide.LoadEmbedded().GetTopic("listening");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await GuideRenderer.Default.RenderAsync(topic, OutputFormat.Html, TextWriter.Null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await GuideRenderer.Default.RenderAsync(topic, OutputFormat.Json, Stream.Null, cancelled.Token));
    }

    [Fact]
    public void A_content_folder_brings_its_templates_over_the_built_in_ones()
    {
        using var fixture = new ContentFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "templates", "text"));
        File.WriteAllText(Path.Combine(fixture.Root, "templates", "text", "topic.scriban-txt"),
            "{{ topic.title }} ({{ crisis.region.id }})\n{{ for s in crisis.region.services }}{{ for c in s.contacts }}{{ c.label }}{{ end }}{{ end }}, {{ crisis.region.emergency }}");
        var folder = ContentFolder.FromDirectory(fixture.Root);

        var guide = folder.Load(fixture.Options);
        var renderer = folder.CreateRenderer(RendererOptions.Default with { TextWidth = 40 });

        Assert.StartsWith($"Alpha topic ({guide.Localize().Crisis.Region.Id})\n", renderer.Render(guide.GetTopic("alpha"), OutputFormat.Text), StringComparison.Ordinal);
        Assert.Equal(40, renderer.Options.TextWidth);
        Assert.Same(folder.Templates, folder.Templates);
        Assert.Same(TemplateSet.Embedded.Templates["html/page"], folder.Templates.Templates["html/page"]);
        Assert.Empty(folder.Validate(fixture.Options));
        Assert.Same(ContentFolder.Embedded, ContentFolder.FromSource(ContentSource.Embedded));
        Assert.Same(GuideRenderer.Default, ContentFolder.Embedded.CreateRenderer());
    }

    [Fact]
    public void The_load_stage_returns_the_model_its_source_map_and_only_reading_diagnostics()
    {
        using var fixture = new ContentFixture(Path.Combine(TestPaths.Fixtures, "Invalid", "AG0019-raw-html"));

        var loaded = ContentLoader.Load(fixture.Source, fixture.Options);
        var judged = AllyGuide.Validation.ContentValidator.Validate(loaded, fixture.Options);

        Assert.Empty(loaded.Diagnostics);
        Assert.NotNull(loaded.Content);
        Assert.Contains(judged, d => d.Code == "AG0019");
        var beta = loaded.Content.Defaults.Topics.Single(t => t.Id == "beta");
        var title = loaded.SourceMap.Locate(beta, "title");
        Assert.NotNull(title);
        Assert.Equal((3, 8), (title.Value.Line, title.Value.Column));
        Assert.EndsWith("en/topics/beta.yaml", title.Value.File, StringComparison.Ordinal);
        Assert.Equal(loaded.SourceMap.Locate(beta, "sources", 0)!.Value.File, title.Value.File);
        Assert.Contains(loaded.SourceMap.Files, f => f.EndsWith("guide.yaml", StringComparison.Ordinal));
    }
}
