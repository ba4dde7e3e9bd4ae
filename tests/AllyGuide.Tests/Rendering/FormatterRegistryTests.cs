using AllyGuide.Json;
using AllyGuide.Rendering;

namespace AllyGuide.Tests.Rendering;

/// <summary>Formats are a registry a host adds to in a few lines, without touching the library.</summary>
public sealed class FormatterRegistryTests
{
    private static AllyGuide.Localization.LocalizedTopic Listening => Guide.LoadEmbedded().GetTopic("listening", "en");

    /// <summary>A host's own format: Markdown for a chat app, written from the projection every format shares.</summary>
    private sealed class MarkdownFormatter : IGuideFormatter
    {
        public OutputFormat Format { get; } = new("markdown", "text/markdown");

        public void Write(RenderRequest request, TextWriter output)
        {
            var document = request.Document;
            output.Write($"# {document.Topic.Title}\n\n");
            var region = document.Crisis.Region;
            foreach (var service in region.Services)
            {
                output.Write($"- **{service.Name}**: {string.Join(", ", service.Contacts.Select(c => $"[{c.Label}]({c.Href})"))}\n");
            }

            output.Write($"- Emergency: {region.Emergency}\n");
            foreach (var section in document.Topic.Sections)
            {
                output.Write($"\n## {section.Title}\n\n{section.Body.Markup}\n");
            }
        }
    }

    [Fact]
    public void The_built_in_formats_are_registered_by_name_and_media_type()
    {
        Assert.Equal(["html", "fragment", "text", "json"], FormatterRegistry.Default.Formats.Select(f => f.Name));
        Assert.True(FormatterRegistry.Default.TryGet("application/json", out var json));
        Assert.Equal(OutputFormat.Json, json.Format);
        Assert.True(FormatterRegistry.Default.TryGet("TEXT", out var text));
        Assert.Equal(OutputFormat.Text, text.Format);
        // Two formats share text/html; the page, registered first, answers for the media type.
        Assert.True(FormatterRegistry.Default.TryGet("text/html", out var html));
        Assert.Equal(OutputFormat.Html, html.Format);
        Assert.False(FormatterRegistry.Default.TryGet("text/markdown", out _));
    }

    [Fact]
    public void A_host_format_renders_through_the_same_path_as_the_command_line()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with
        {
            Formatters = RendererOptions.Default.Formatters.Add(new MarkdownFormatter()),
            Region = "uk",
        });

        // What `allyguide render listening --format markdown` does: the format is looked up by name.
        using var output = new StringWriter();
        renderer.Render(Listening, "markdown", output);

        var markdown = output.ToString();
        Assert.StartsWith("# Listening with empathy\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Samaritans**: [Call 116 123](tel:116123)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Emergency: 999", markdown, StringComparison.Ordinal);
        Assert.Contains("## Give them your full attention", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("988", markdown, StringComparison.Ordinal);
        // The built-in formats are still there, and the default renderer knows nothing of the host's.
        Assert.Contains("\"id\": \"uk\"", renderer.Render(Listening, OutputFormat.Json), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GuideRenderer.Default.GetFormatter("markdown"));
    }

    [Fact]
    public void A_host_format_can_be_a_template_of_its_own()
    {
        var sms = new OutputFormat("sms", "text/plain");
        var templates = TemplateSet.Embedded.WithTemplate("sms/topic",
            "{{ topic.title }}. {{ for s in crisis.region.services }}{{ s.name }}: {{ s.contacts[0].value }}. {{ end }}Emergency {{ crisis.region.emergency }}.");
        var renderer = new GuideRenderer(RendererOptions.Default with
        {
            Templates = templates,
            Formatters = FormatterRegistry.Default.Add(new TemplateFormatter(sms, "sms/topic", TemplateMode.Text)),
            Region = "AU",
        });

        Assert.Equal("Listening with empathy. Lifeline: 13 11 14. Emergency 000.", renderer.Render(Listening, sms));
    }

    [Fact]
    public void A_template_format_whose_template_is_missing_is_reported_when_the_renderer_is_made()
    {
        var options = RendererOptions.Default with
        {
            Formatters = FormatterRegistry.Default.Add(new TemplateFormatter(new OutputFormat("sms", "text/plain"), "sms/topic", TemplateMode.Text)),
        };

        Assert.False(GuideRenderer.TryCreate(options, out var renderer, out var diagnostics));
        Assert.Null(renderer);
        var missing = Assert.Single(diagnostics);
        Assert.Equal("AG0032", missing.Code);
        Assert.Contains("'sms/topic' is missing", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_is_immutable_and_keyed_by_name()
    {
        var markdown = new MarkdownFormatter();
        var added = FormatterRegistry.Default.Add(markdown);

        Assert.Equal(4, FormatterRegistry.Default.Count);
        Assert.Equal(5, added.Count);
        Assert.Throws<ArgumentException>(() => added.Add(new MarkdownFormatter()));
        var replaced = added.Set(new MarkdownFormatter());
        Assert.Equal(5, replaced.Count);
        Assert.NotSame(markdown, replaced[4]);
        Assert.Equal(4, replaced.Remove("MARKDOWN").Count);
        Assert.Same(FormatterRegistry.Default, FormatterRegistry.Default.Remove("no-such-format"));
    }

    [Theory]
    [InlineData("Markdown", "text/markdown")]
    [InlineData("sms text", "text/plain")]
    [InlineData("sms", "plain")]
    [InlineData("", "text/plain")]
    public void A_format_needs_a_well_formed_name_and_media_type(string name, string mediaType)
    {
        Assert.ThrowsAny<ArgumentException>(() => new OutputFormat(name, mediaType));
    }

    [Fact]
    public void Json_from_the_renderer_is_the_projection_every_format_shares()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { Region = "mx" });
        var json = renderer.Render(Listening, OutputFormat.Json);
        Assert.Equal(GuideJson.Serialize(Listening, "mx") + "\n", json);
        Assert.Equal("mx", GuideJson.Deserialize(json)!.Crisis.Region.Id);
    }
}
