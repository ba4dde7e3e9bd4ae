using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

public sealed class TemplateTests
{
    /// <summary>Every page must carry its crisis help (AG0042), so a host's own template includes the crisis partial.</summary>
    private const string Crisis = "\n{{ include \"html/crisis-callout\" }}";

    private static AllyGuide.Localization.LocalizedTopic Listening => Guide.LoadEmbedded().GetTopic("listening", "en");

    [Fact]
    public void A_host_can_replace_a_template_by_name()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<div class=\"mine\">{{ topic.title }}</div>" + Crisis);
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });

        Assert.StartsWith("<div class=\"mine\">Listening with empathy</div>\n<aside class=\"crisis-callout\"", renderer.Render(Listening, OutputFormat.HtmlFragment), StringComparison.Ordinal);
        // The full page includes the replaced fragment.
        Assert.Contains("<div class=\"mine\">Listening with empathy</div>", renderer.Render(Listening, OutputFormat.Html), StringComparison.Ordinal);
        // The default renderer is untouched.
        Assert.DoesNotContain("class=\"mine\"", GuideRenderer.Default.Render(Listening, OutputFormat.HtmlFragment), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ \"<b>\" }}", "&lt;b&gt;")]
    [InlineData("{{ \"<i>\" + topic.id + \"</i>\" }}", "&lt;i&gt;listening&lt;/i&gt;")]
    [InlineData("{{ x = \"<p onclick=a>\"; x }}", "&lt;p onclick=a&gt;")]
    [InlineData("{{ capture c }}<em>{{ topic.id }}</em>{{ end }}{{ c }}", "&lt;em&gt;listening&lt;/em&gt;")]
    [InlineData("{{ topic.title | html.escape }}", "Listening with empathy")]
    public void Templates_cannot_print_unescaped_values(string template, string expected)
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", template + Crisis);
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });
        Assert.StartsWith(expected + "\n<aside", renderer.Render(Listening, OutputFormat.HtmlFragment), StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_markup_in_a_template_is_written_as_is()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<p class=\"x\">{{ topic.id }}</p>" + Crisis);
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });
        Assert.StartsWith("<p class=\"x\">listening</p>\n<aside", renderer.Render(Listening, OutputFormat.HtmlFragment), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_reported_with_name_line_and_column()
    {
        var templates = TemplateSet.Embedded.WithTemplate("text/topic", "line one\n{{ for x in topic.sections }}\nno end");

        Assert.False(GuideRenderer.TryCreate(RendererOptions.Default with { Templates = templates }, out var renderer, out var diagnostics));
        Assert.Null(renderer);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("AG0030", diagnostic.Code);
        Assert.Equal("template:text/topic", diagnostic.FilePath);
        Assert.Contains("'text/topic'", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Line >= 2, diagnostic.ToString());
        Assert.True(diagnostic.Column >= 1, diagnostic.ToString());

        var error = Assert.Throws<GuideTemplateException>(() => new GuideRenderer(RendererOptions.Default with { Templates = templates }));
        Assert.Equal(diagnostics.ToArray(), error.Diagnostics.ToArray());
    }

    [Fact]
    public void A_template_that_fails_while_rendering_is_reported_with_name_line_and_column()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<p>\n  {{ topic.no_such_field }}</p>");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.Html));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("AG0031", diagnostic.Code);
        Assert.Equal("template:html/fragment", diagnostic.FilePath);
        Assert.Equal((2, 12), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("no_such_field", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_template_is_reported()
    {
        var diagnostics = GuideRenderer.Validate(TemplateSet.Empty.WithTemplate("html/page", "<p></p>"));
        Assert.Equal(GuideRenderer.RequiredTemplates.Length - 1, diagnostics.Count(d => d.Code == "AG0032"));
        Assert.Contains(diagnostics, d => d.Message.Contains("'text/topic' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_renderer_is_safe_to_share_between_threads()
    {
        var guide = Guide.LoadEmbedded();
        var renderer = GuideRenderer.Default;
        var jobs = guide.TopicOrder.SelectMany(id => FormatterRegistry.Default.Formats.Select(format => (id, format))).ToList();
        var expected = jobs.ToDictionary(job => job, job => renderer.Render(guide.GetTopic(job.id, "en"), job.format));

        var results = new System.Collections.Concurrent.ConcurrentBag<((string, OutputFormat) Job, string Output)>();
        Parallel.For(0, jobs.Count * 12, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var job = jobs[i % jobs.Count];
            results.Add((job, renderer.Render(guide.GetTopic(job.id, "en"), job.format)));
        });

        Assert.Equal(jobs.Count * 12, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Job], r.Output));
    }

    [Fact]
    public void The_trial_render_reports_the_first_failing_topic_in_reading_order_however_the_cores_race()
    {
        // Topics render on every core; the report must be the one a single thread, in reading order, would give:
        // the second topic's mistake, not the last topic's, whichever thread fails first.
        var guide = Guide.LoadEmbedded().Localize("en");
        var (second, last) = (guide.Topics[1].Id, guide.Topics[^1].Id);
        var text = $"{{{{ if topic.id == '{last}' }}}}{{{{ topic.late }}}}{{{{ end }}}}{{{{ if topic.id == '{second}' }}}}{{{{ topic.early }}}}{{{{ end }}}}\n"
            + TemplateSet.Embedded.Templates["text/topic"].Text;
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = TemplateSet.Embedded.WithTemplate("text/topic", text) });

        for (var run = 0; run < 20; run++)
        {
            var diagnostic = Assert.Single(TemplateValidator.TrialRender(renderer, [guide]));
            Assert.Equal("AG0031", diagnostic.Code);
            Assert.Contains("early", diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_symlink_loop_under_templates_does_not_hang_or_crash()
    {
        using var fixture = new ContentFixture();
        var html = Path.Combine(fixture.Root, "templates", "html");
        Directory.CreateDirectory(html);
        Directory.CreateSymbolicLink(Path.Combine(html, "loop"), html);

        var set = TemplateSet.Load(fixture.Source);

        Assert.Equal(TemplateSet.Embedded.Templates["html/page"].Text, set.Templates["html/page"].Text);
    }

    [Fact]
    public void Templates_from_a_folder_override_the_embedded_ones_by_name()
    {
        using var fixture = new ContentFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "templates", "html"));
        File.WriteAllText(Path.Combine(fixture.Root, "templates", "html", "fragment.scriban-html"), "<b>{{ topic.id }}</b>");
        var set = TemplateSet.Load(fixture.Source);

        Assert.Equal("<b>{{ topic.id }}</b>", set.Templates["html/fragment"].Text);
        Assert.Equal(TemplateSet.Embedded.Templates["html/page"].Text, set.Templates["html/page"].Text);
        Assert.True(set.Assets.ContainsKey("assets/site.css"));
    }
}
