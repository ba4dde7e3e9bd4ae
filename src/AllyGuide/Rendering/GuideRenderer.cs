using System.Collections.Immutable;
using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Validation;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>
/// Renders topics and guide pages. Templates are parsed once when the renderer is created; the renderer is
/// immutable and safe to share between threads (each render gets its own Scriban context). Create one and reuse it.
/// </summary>
public sealed class GuideRenderer
{
    /// <summary>The template names every renderer needs.</summary>
    public static readonly ImmutableArray<string> RequiredTemplates = ["html/page", "html/fragment", "html/index", "html/crisis", "text/topic"];

    private static readonly Lazy<GuideRenderer> DefaultRenderer = new(() => new GuideRenderer(RendererOptions.Default));
    private readonly CompiledTemplates _templates;
    private readonly ImmutableDictionary<OutputFormat, IGuideFormatter> _formatters;

    /// <summary>Creates a renderer, parsing every template.</summary>
    /// <exception cref="GuideTemplateException">A template is missing or does not parse.</exception>
    public GuideRenderer(RendererOptions options)
        : this(options, CompiledTemplates.Compile(options.Templates, RequiredTemplates, out var diagnostics), diagnostics)
    {
        if (!diagnostics.IsEmpty)
        {
            throw new GuideTemplateException(diagnostics);
        }
    }

    private GuideRenderer(RendererOptions options, CompiledTemplates templates, ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _templates = templates;
        Diagnostics = diagnostics;
        _formatters = new Dictionary<OutputFormat, IGuideFormatter>
        {
            [OutputFormat.Html] = new TemplateFormatter(this, OutputFormat.Html, "html/page", "text/html"),
            [OutputFormat.HtmlFragment] = new TemplateFormatter(this, OutputFormat.HtmlFragment, "html/fragment", "text/html"),
            [OutputFormat.Text] = new TemplateFormatter(this, OutputFormat.Text, "text/topic", "text/plain"),
            [OutputFormat.Json] = new JsonFormatter(),
        }.ToImmutableDictionary();
    }

    /// <summary>The renderer with the embedded templates and default options.</summary>
    public static GuideRenderer Default => DefaultRenderer.Value;

    /// <summary>The options the renderer was created with.</summary>
    public RendererOptions Options { get; }

    private ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Creates a renderer without throwing: template problems come back as diagnostics (codes AG0030-AG0032).</summary>
    public static bool TryCreate(RendererOptions options, out GuideRenderer? renderer, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var templates = CompiledTemplates.Compile(options.Templates, RequiredTemplates, out diagnostics);
        renderer = diagnostics.IsEmpty ? new GuideRenderer(options, templates, diagnostics) : null;
        return renderer is not null;
    }

    /// <summary>Checks a template set: every required template present and parsing.</summary>
    public static ImmutableArray<Diagnostic> Validate(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        CompiledTemplates.Compile(templates, RequiredTemplates, out var diagnostics);
        return diagnostics;
    }

    /// <summary>The formatter for one output format.</summary>
    public IGuideFormatter GetFormatter(OutputFormat format) =>
        _formatters.TryGetValue(format, out var formatter) ? formatter : throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format.");

    /// <summary>Writes a topic in <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void Render(LocalizedTopic topic, OutputFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(output);
        GetFormatter(format).Format(topic, output);
    }

    /// <summary>Renders a topic in <paramref name="format"/> to a string.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public string Render(LocalizedTopic topic, OutputFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(topic, format, writer);
        return writer.ToString();
    }

    /// <summary>Writes the guide's index page (every topic, the start-here path, the crisis callout).</summary>
    public void RenderIndexPage(LocalizedGuide guide, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        Run("html/index", new TemplateModel(Options, html: true).ForGuide(guide), html: true, output);
    }

    /// <summary>Writes the crisis page: what to do now and every region's services.</summary>
    public void RenderCrisisPage(LocalizedGuide guide, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        Run("html/crisis", new TemplateModel(Options, html: true).ForGuide(guide), html: true, output);
    }

    private void Run(string name, ScriptObject model, bool html, TextWriter output)
    {
        var template = _templates.Get(name)!;
        var context = new GuideTemplateContext(_templates, html)
        {
            NewLine = "\n",
        };
        if (!html)
        {
            context.PushGlobal(TextFunctions.Create(Options.TextWidth));
        }

        context.PushGlobal(model);
        context.PushOutput(new TextWriterOutput(output));
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            var templateName = ex.Span.FileName ?? name;
            var diagnostic = DiagnosticDescriptors.TemplateRuntime.At(_templates.PathOf(templateName), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1,
                $"Template '{templateName}': {ex.OriginalMessage}");
            throw new GuideTemplateException([diagnostic], ex);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private sealed class TemplateFormatter(GuideRenderer renderer, OutputFormat format, string template, string mediaType) : IGuideFormatter
    {
        public OutputFormat OutputFormat { get; } = format;

        public string MediaType { get; } = mediaType;

        void IGuideFormatter.Format(LocalizedTopic topic, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(topic);
            ArgumentNullException.ThrowIfNull(output);
            var html = OutputFormat != OutputFormat.Text;
            renderer.Run(template, new TemplateModel(renderer.Options, html).ForTopic(topic), html, output);
        }
    }

    private sealed class JsonFormatter : IGuideFormatter
    {
        public OutputFormat OutputFormat => OutputFormat.Json;

        public string MediaType => "application/json";

        void IGuideFormatter.Format(LocalizedTopic topic, TextWriter output) => GuideJson.Serialize(topic, output);
    }
}
