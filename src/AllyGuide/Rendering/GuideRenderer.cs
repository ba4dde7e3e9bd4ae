using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using AllyGuide.Diagnostics;
using AllyGuide.Localization;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>
/// Renders topics and guide pages in every registered format. Templates are parsed once when the renderer is created;
/// the renderer is immutable and safe to share between threads (each render gets its own Scriban context).
/// Create one and reuse it.
/// </summary>
public sealed class GuideRenderer
{
    /// <summary>The template names the built-in formats and pages need.</summary>
    public static readonly ImmutableArray<string> RequiredTemplates = ["html/page", "html/fragment", "html/index", "html/crisis", "text/topic"];

    private static readonly ImmutableArray<string> PageTemplates = ["html/index", "html/crisis"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lazy<GuideRenderer> DefaultRenderer = new(() => new GuideRenderer(RendererOptions.Default));
    private readonly CompiledTemplates _templates;

    /// <summary>Creates a renderer, parsing every template.</summary>
    /// <exception cref="GuideTemplateException">A template is missing, cannot be read or does not parse.</exception>
    public GuideRenderer(RendererOptions options)
        : this(options, Compile(options, out var diagnostics))
    {
        if (!diagnostics.IsEmpty)
        {
            throw new GuideTemplateException(diagnostics);
        }
    }

    private GuideRenderer(RendererOptions options, CompiledTemplates templates)
    {
        Options = options;
        _templates = templates;
    }

    /// <summary>The renderer with the embedded templates, the built-in formats and default options.</summary>
    public static GuideRenderer Default => DefaultRenderer.Value;

    /// <summary>The options the renderer was created with.</summary>
    public RendererOptions Options { get; }

    /// <summary>The formats this renderer writes.</summary>
    public FormatterRegistry Formatters => Options.Formatters;

    /// <summary>Creates a renderer without throwing: template problems come back as diagnostics (codes AG0002-AG0004, AG0022, AG0030-AG0032).</summary>
    public static bool TryCreate(RendererOptions options, [NotNullWhen(true)] out GuideRenderer? renderer, out ImmutableArray<Diagnostic> diagnostics)
    {
        var templates = Compile(options, out diagnostics);
        renderer = diagnostics.IsEmpty ? new GuideRenderer(options, templates) : null;
        return renderer is not null;
    }

    /// <summary>Checks a template set: every template the built-in formats need present, readable and parsing.</summary>
    public static ImmutableArray<Diagnostic> Validate(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        CompiledTemplates.Compile(templates, RequiredTemplates, out var diagnostics);
        return diagnostics;
    }

    /// <summary>The formatter for <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No formatter for that format is registered.</exception>
    public IGuideFormatter GetFormatter(OutputFormat format) =>
        Formatters.TryGet(format, out var formatter)
            ? formatter
            : throw new ArgumentOutOfRangeException(nameof(format), format, $"No formatter is registered for '{format}'. Registered: {string.Join(", ", Formatters.Formats)}.");

    /// <summary>The formatter for a format name (<c>json</c>) or media type (<c>application/json</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No formatter for it is registered.</exception>
    public IGuideFormatter GetFormatter(string nameOrMediaType) =>
        Formatters.TryGet(nameOrMediaType, out var formatter)
            ? formatter
            : throw new ArgumentOutOfRangeException(nameof(nameOrMediaType), nameOrMediaType, $"No formatter is registered for '{nameOrMediaType}'. Registered: {string.Join(", ", Formatters.Formats)}.");

    /// <summary>Writes a topic in <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void Render(LocalizedTopic topic, OutputFormat format, TextWriter output) => Render(topic, GetFormatter(format), output);

    /// <summary>Writes a topic in the format named <paramref name="format"/> (a name such as <c>text</c>, or a media type) to <paramref name="output"/>.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void Render(LocalizedTopic topic, string format, TextWriter output) => Render(topic, GetFormatter(format), output);

    /// <summary>Renders a topic in <paramref name="format"/> to a string.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public string Render(LocalizedTopic topic, OutputFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(topic, format, writer);
        return writer.ToString();
    }

    /// <summary>Writes a topic to <paramref name="output"/> without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ValueTask RenderAsync(LocalizedTopic topic, OutputFormat format, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(output);
        return GetFormatter(format).WriteAsync(new RenderRequest(this, topic), output, cancellationToken);
    }

    /// <summary>
    /// Writes a topic to <paramref name="output"/> as UTF-8 without blocking on I/O: safe for an ASP.NET Core response body,
    /// which forbids synchronous writes. The stream is left open.
    /// </summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async ValueTask RenderAsync(LocalizedTopic topic, OutputFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await RenderAsync(topic, format, writer, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the guide's index page (every topic, the start-here path, the crisis callout).</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderIndexPage(LocalizedGuide guide, TextWriter output) => RenderPage("html/index", guide, output);

    /// <summary>Writes the index page without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderIndexPageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/index", guide, output, cancellationToken);

    /// <summary>Writes the crisis page: what to do now and every region's services.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderCrisisPage(LocalizedGuide guide, TextWriter output) => RenderPage("html/crisis", guide, output);

    /// <summary>Writes the crisis page without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderCrisisPageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/crisis", guide, output, cancellationToken);

    internal void RunTopicTemplate(RenderRequest request, string name, TemplateMode mode, TextWriter output) =>
        Run(name, new TemplateModel(Options, mode).ForTopic(request), Functions(mode, request.Topic.Ui, request.Topic.Locale), mode, output);

    internal ValueTask RunTopicTemplateAsync(RenderRequest request, string name, TemplateMode mode, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(name, new TemplateModel(Options, mode).ForTopic(request), Functions(mode, request.Topic.Ui, request.Topic.Locale), mode, output, cancellationToken);

    private IEnumerable<ScriptObject> Functions(TemplateMode mode, Model.UiStrings ui, string locale) => TemplateModel.Functions(Options, mode, ui, locale);

    private void Render(LocalizedTopic topic, IGuideFormatter formatter, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(output);
        formatter.Write(new RenderRequest(this, topic), output);
    }

    private void RenderPage(string name, LocalizedGuide guide, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        Run(name, new TemplateModel(Options, TemplateMode.Html).ForGuide(guide), Functions(TemplateMode.Html, guide.Ui, guide.Locale), TemplateMode.Html, output);
    }

    private ValueTask RenderPageAsync(string name, LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        return RunAsync(name, new TemplateModel(Options, TemplateMode.Html).ForGuide(guide), Functions(TemplateMode.Html, guide.Ui, guide.Locale), TemplateMode.Html, output, cancellationToken);
    }

    private void Run(string name, ScriptObject model, IEnumerable<ScriptObject> functions, TemplateMode mode, TextWriter output)
    {
        var (template, context) = Prepare(name, model, functions, mode, output);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw Failure(name, ex);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private async ValueTask RunAsync(string name, ScriptObject model, IEnumerable<ScriptObject> functions, TemplateMode mode, TextWriter output, CancellationToken cancellationToken)
    {
        var (template, context) = Prepare(name, model, functions, mode, output);
        context.CancellationToken = cancellationToken;
        try
        {
            await template.RenderAsync(context).ConfigureAwait(false);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException ex)
        {
            throw Failure(name, ex);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private (Scriban.Template Template, GuideTemplateContext Context) Prepare(string name, ScriptObject model, IEnumerable<ScriptObject> functions, TemplateMode mode, TextWriter output)
    {
        var template = _templates.Get(name) ?? throw new GuideTemplateException(
            [DiagnosticDescriptors.MissingTemplate.At(_templates.PathOf(name), 0, 0, $"The template '{name}' is missing. Add it under templates/, or restore the default.")]);
        var context = new GuideTemplateContext(_templates, mode == TemplateMode.Html);
        foreach (var set in functions)
        {
            context.PushGlobal(set);
        }

        context.PushGlobal(model);
        context.PushOutput(new TextWriterOutput(output));
        return (template, context);
    }

    private GuideTemplateException Failure(string name, ScriptRuntimeException ex)
    {
        var templateName = ex.Span.FileName ?? name;
        var diagnostic = DiagnosticDescriptors.TemplateRuntime.At(_templates.PathOf(templateName), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1,
            $"Template '{templateName}': {ex.OriginalMessage}");
        return new GuideTemplateException([diagnostic], ex);
    }

    /// <summary>Parses the templates of <paramref name="options"/>; the templates its pages and template formats need must be there.</summary>
    private static CompiledTemplates Compile(RendererOptions options, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        // In the order of RequiredTemplates, then any a host's own template formats add.
        var required = options.Formatters.OfType<TemplateFormatter>().Select(f => f.Template)
            .Concat(PageTemplates)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => RequiredTemplates.IndexOf(name) is var i and >= 0 ? i : int.MaxValue);
        return CompiledTemplates.Compile(options.Templates, required, out diagnostics);
    }
}
