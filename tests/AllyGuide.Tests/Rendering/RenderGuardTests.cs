using AllyGuide.Rendering;

namespace AllyGuide.Tests.Rendering;

/// <summary>
/// A page is whole, on time and carries its crisis help, or it is an error and nothing is written: whatever the
/// template, formatter or host options.
/// </summary>
public sealed class RenderGuardTests
{
    /// <summary>Within every count limit, but slow: a megabyte string made 9,000 times.</summary>
    private const string SlowLoop = "{{ for i in 1..9000 }}{{ x = \"a\" | string.pad_right 1000000 }}{{ end }}";

    private static AllyGuide.Localization.LocalizedTopic Listening => Guide.LoadEmbedded().GetTopic("listening", "en");

    private sealed class TitleOnly : IGuideFormatter
    {
        public OutputFormat Format { get; } = new("title", "text/plain");

        public void Write(RenderRequest request, TextWriter output) => output.Write(request.Document.Topic.Title);
    }

    private sealed class Endless : IGuideFormatter
    {
        public OutputFormat Format { get; } = new("endless", "text/plain");

        public void Write(RenderRequest request, TextWriter output)
        {
            while (true)
            {
                output.Write(new string('x', 4096));
            }
        }
    }

    [Fact]
    public void A_template_without_the_crisis_help_is_refused_and_writes_nothing()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<article>{{ topic.title }}</article>");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });
        using var output = new StringWriter();

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.HtmlFragment, output));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("AG0042", "template:html/fragment"), (diagnostic.Code, diagnostic.FilePath));
        Assert.Contains("none of the crisis lines of 'United States' appears (988, https://988lifeline.org/)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_host_format_without_the_crisis_help_is_refused_too()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { Formatters = FormatterRegistry.Default.Add(new TitleOnly()) });

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, "title", TextWriter.Null));

        Assert.Equal(("AG0042", "format:title"), (error.Diagnostics[0].Code, error.Diagnostics[0].FilePath));
    }

    [Fact]
    public void The_emergency_number_is_required_as_well_as_a_line()
    {
        // The region's lines, but not its emergency number.
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment",
            "{{ for s in crisis.region.services }}{{ for c in s.contacts }}<a href=\"{{ c.href }}\">{{ c.label }}</a>{{ end }}{{ end }}");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates, Region = "uk" });

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.HtmlFragment));

        Assert.Contains("the emergency number of 'United Kingdom', 999, does not appear", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_past_the_output_limit_is_refused_not_cut_short()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { MaxOutputChars = 2_000 });
        using var output = new StringWriter();

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.Html, output));

        Assert.Equal("AG0040", error.Diagnostics[0].Code);
        Assert.Contains("The topic 'listening' in html would be longer than 2,000 characters", error.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task A_page_past_the_output_limit_is_refused_when_streamed_too()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { MaxOutputChars = 2_000 });
        using var stream = new MemoryStream();

        var error = await Assert.ThrowsAsync<GuideTemplateException>(async () => await renderer.RenderAsync(Listening, OutputFormat.Text, stream));

        Assert.Equal("AG0040", error.Diagnostics[0].Code);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_host_format_that_never_stops_writing_is_stopped_at_the_limit()
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { Formatters = FormatterRegistry.Default.Add(new Endless()), MaxOutputChars = 1_000_000 });

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, "endless", TextWriter.Null));

        Assert.Equal(("AG0040", "format:endless"), (error.Diagnostics[0].Code, error.Diagnostics[0].FilePath));
    }

    [Fact]
    public void The_built_in_pages_of_the_largest_shipped_topic_fit_well_within_the_limit()
    {
        var guide = Guide.LoadEmbedded();
        var largest = guide.Localize("en").Topics.Max(t => GuideRenderer.Default.Render(t, OutputFormat.Html).Length);
        Assert.True(largest * 100 < RendererOptions.Default.MaxOutputChars, $"{largest:N0} characters");
    }

    [Fact]
    public void A_slow_template_is_stopped_at_the_time_limit()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", SlowLoop + "\n{{ include \"html/crisis-callout\" }}");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates, RenderTimeout = TimeSpan.FromMilliseconds(200) });

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.HtmlFragment));

        Assert.Equal("AG0041", error.Diagnostics[0].Code);
        Assert.Contains("ran longer than 0.2 s, the render time limit", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_over_more_than_ten_thousand_items_renders_whole_when_time_bounds_it()
    {
        // As the index of a guide with 25,000 topics would loop: size is bounded by time and output, not by count.
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", "{{ n = 0 }}{{ for i in 1..25000 }}{{ n = n + 1 }}{{ end }}<p>{{ n }}</p>\n{{ include \"html/crisis-callout\" }}");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });

        Assert.StartsWith("<p>25000</p>", renderer.Render(Listening, OutputFormat.HtmlFragment), StringComparison.Ordinal);

        // With the time limit turned off, the loop limit is the only guard left against a loop that never ends.
        var unbounded = new GuideRenderer(RendererOptions.Default with { Templates = templates, RenderTimeout = Timeout.InfiniteTimeSpan });
        var error = Assert.Throws<GuideTemplateException>(() => unbounded.Render(Listening, OutputFormat.HtmlFragment));
        Assert.Equal("AG0031", error.Diagnostics[0].Code);
    }

    [Theory]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData(SlowLoop)]
    [InlineData("{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}")]
    [InlineData("{{ s = \"ab\" }}{{ for i in 1..60 }}{{ s = s + s }}{{ end }}{{ s }}")]
    public void A_hostile_template_fails_fast_with_a_diagnostic_naming_it(string body)
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", body + "\n{{ include \"html/crisis-callout\" }}");
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates, RenderTimeout = TimeSpan.FromMilliseconds(300) });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<GuideTemplateException>(() => renderer.Render(Listening, OutputFormat.HtmlFragment));

        var diagnostic = Assert.Single(error.Diagnostics);
        // Stopped by the loop limit (AG0031), the output limit (AG0040) or the time limit (AG0041).
        Assert.Contains(diagnostic.Code, new[] { "AG0031", "AG0040", "AG0041" });
        Assert.Equal("template:html/fragment", diagnostic.FilePath);
        // Stopped by the limits, not by the test host: well under a minute even on a slow machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_a_render_is_a_cancellation_not_a_timeout()
    {
        // Cancelled before the render starts, so the outcome does not depend on how late a busy machine runs a timer
        // (a 100 ms timer once fired after the loop had finished, and the page was refused for lacking crisis help).
        // The render has a time limit, which the cancellation also trips: it must still be reported as a cancellation.
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", SlowLoop);
        var renderer = new GuideRenderer(RendererOptions.Default with { Templates = templates });
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await renderer.RenderAsync(Listening, OutputFormat.HtmlFragment, TextWriter.Null, cancel.Token));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("//evil.example/{id}")]
    [InlineData("\\\\evil.example\\{id}")]
    [InlineData("http://plain.example/{id}")]
    [InlineData("https://x.example/{id}\u202E")]
    [InlineData("https://x.example/ {id}")]
    public void Host_addresses_are_held_to_the_link_policy_when_the_options_are_made(string url)
    {
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { TopicUrl = url.Contains("{id}", StringComparison.Ordinal) ? url : url + "{id}" });
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { IndexUrl = url.Replace("{id}", "", StringComparison.Ordinal) });
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { CrisisUrl = url.Replace("{id}", "", StringComparison.Ordinal) });
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { StylesheetUrl = url.Replace("{id}", "", StringComparison.Ordinal) });
    }

    [Theory]
    [InlineData("{id}.html")]
    [InlineData("/guide/{id}")]
    [InlineData("../topics/{id}.html?lang=es")]
    [InlineData("https://guide.example.org/topics/{id}")]
    public void Relative_paths_and_https_addresses_are_accepted(string url)
    {
        var options = RendererOptions.Default with { TopicUrl = url };
        Assert.Equal(url, options.TopicUrl);
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { TopicUrl = "topics/index.html" });
        Assert.Throws<ArgumentException>(() => RendererOptions.Default with { IndexUrl = "" });
        Assert.Throws<ArgumentNullException>(() => RendererOptions.Default with { CrisisUrl = null! });
    }

    [Fact]
    public void A_template_passed_in_code_is_bounded_like_a_template_file()
    {
        var templates = TemplateSet.Embedded.WithTemplate("html/fragment", new string('x', 2 * 1024 * 1024));

        var ok = GuideRenderer.TryCreate(RendererOptions.Default with { Templates = templates }, out var renderer, out var diagnostics);

        Assert.False(ok);
        Assert.Null(renderer);
        Assert.Contains(diagnostics, d => d.Code == "AG0002" && d.Message.Contains("Template 'html/fragment' is 2,097,152 characters", StringComparison.Ordinal));
    }
}
