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
    public static readonly ImmutableArray<string> RequiredTemplates = ["html/page", "html/fragment", "html/index", "html/crisis", "html/audience", "html/languages", "html/about", "html/search", "html/not-found", "text/topic"];

    private static readonly ImmutableArray<string> PageTemplates = ["html/index", "html/crisis", "html/about", "html/search", "html/not-found"];
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
    public async ValueTask RenderAsync(LocalizedTopic topic, OutputFormat format, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(output);
        var formatter = GetFormatter(format);
        var request = new RenderRequest(this, topic);
        var page = await MakeAsync(Describe(topic, formatter), PathOf(formatter), (w, ct) => formatter.WriteAsync(request, w, ct), cancellationToken).ConfigureAwait(false);
        Check(page, Describe(topic, formatter), PathOf(formatter), topic.Crisis);
        await output.WriteAsync(page.GetStringBuilder(), cancellationToken).ConfigureAwait(false);
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

    /// <summary>Writes the page for one audience: the topics for them, in reading order, with the tips written for them.</summary>
    /// <param name="guide">The guide, localized.</param>
    /// <param name="audience">An audience tag (<see cref="Model.Audiences.All"/>), such as <c>parent</c>.</param>
    /// <param name="output">Where the page goes.</param>
    /// <exception cref="ArgumentException">The tag is not an audience.</exception>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderAudiencePage(LocalizedGuide guide, string audience, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var view = guide.ForAudience(audience);
        RenderPage("html/audience", guide, output, () => new TemplateModel(Options, TemplateMode.Html).ForAudience(guide, view));
    }

    /// <summary>Writes the page for one audience without blocking on I/O.</summary>
    /// <exception cref="ArgumentException">The tag is not an audience.</exception>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderAudiencePageAsync(LocalizedGuide guide, string audience, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var view = guide.ForAudience(audience);
        return RenderPageAsync("html/audience", guide, output, cancellationToken, () => new TemplateModel(Options, TemplateMode.Html).ForAudience(guide, view));
    }

    /// <summary>
    /// Writes the page that sends readers to their language: a plain link to the index of each of
    /// <see cref="RendererOptions.Languages"/> (each name in its own language), with the crisis box. The site writes it
    /// at its root.
    /// </summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderLanguagePage(LocalizedGuide guide, TextWriter output) => RenderPage("html/languages", guide, output);

    /// <summary>Writes the language page without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderLanguagePageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/languages", guide, output, cancellationToken);

    /// <summary>
    /// Writes the about page: what the guide is and is not, how it is written, sourced and reviewed, and how to report
    /// a problem (to <see cref="RendererOptions.ReportUrl"/> when set).
    /// </summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderAboutPage(LocalizedGuide guide, TextWriter output) => RenderPage("html/about", guide, output);

    /// <summary>Writes the about page without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderAboutPageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/about", guide, output, cancellationToken);

    /// <summary>
    /// Writes the search page: every topic with its summary, readable without script, and a search box that the
    /// site's <c>search.js</c> turns on, narrowing the list with the locale's prebuilt index (<c>search.json</c>).
    /// </summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderSearchPage(LocalizedGuide guide, TextWriter output) => RenderPage("html/search", guide, output);

    /// <summary>Writes the search page without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderSearchPageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/search", guide, output, cancellationToken);

    /// <summary>
    /// Writes the page a host shows for an address that does not exist, with the crisis box and links to every topic
    /// and the search. A host serves it from any address, so give it options with links that hold anywhere
    /// (root-relative or https addresses).
    /// </summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public void RenderNotFoundPage(LocalizedGuide guide, TextWriter output) => RenderPage("html/not-found", guide, output);

    /// <summary>Writes the page not found without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering.</exception>
    public ValueTask RenderNotFoundPageAsync(LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken = default) =>
        RenderPageAsync("html/not-found", guide, output, cancellationToken);

    internal void RunTopicTemplate(RenderRequest request, string name, TemplateMode mode, TextWriter output) =>
        Run(name, new TemplateModel(Options, mode).ForTopic(request), Functions(mode, request.Topic.Ui, request.Topic.Locale), mode, output);

    internal ValueTask RunTopicTemplateAsync(RenderRequest request, string name, TemplateMode mode, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(name, new TemplateModel(Options, mode).ForTopic(request), Functions(mode, request.Topic.Ui, request.Topic.Locale), mode, output, cancellationToken);

    private IEnumerable<ScriptObject> Functions(TemplateMode mode, Model.UiStrings ui, string locale) => TemplateModel.Functions(Options, mode, ui, locale);

    private void Render(LocalizedTopic topic, IGuideFormatter formatter, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(output);
        var request = new RenderRequest(this, topic);
        var page = Make(Describe(topic, formatter), PathOf(formatter), w => formatter.Write(request, w));
        Check(page, Describe(topic, formatter), PathOf(formatter), topic.Crisis);
        output.Write(page.GetStringBuilder());
    }

    private void RenderPage(string name, LocalizedGuide guide, TextWriter output, Func<ScriptObject>? model = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        var what = $"page '{name["html/".Length..]}'";
        var page = Make(what, _templates.PathOf(name), w => Run(name, model?.Invoke() ?? new TemplateModel(Options, TemplateMode.Html).ForGuide(guide, AddressOf(name)), Functions(TemplateMode.Html, guide.Ui, guide.Locale), TemplateMode.Html, w));
        Check(page, what, _templates.PathOf(name), guide.Crisis);
        output.Write(page.GetStringBuilder());
    }

    private async ValueTask RenderPageAsync(string name, LocalizedGuide guide, TextWriter output, CancellationToken cancellationToken, Func<ScriptObject>? model = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(output);
        var what = $"page '{name["html/".Length..]}'";
        var page = await MakeAsync(what, _templates.PathOf(name), (w, ct) => RunAsync(name, model?.Invoke() ?? new TemplateModel(Options, TemplateMode.Html).ForGuide(guide, AddressOf(name)), Functions(TemplateMode.Html, guide.Ui, guide.Locale), TemplateMode.Html, w, ct), cancellationToken).ConfigureAwait(false);
        Check(page, what, _templates.PathOf(name), guide.Crisis);
        await output.WriteAsync(page.GetStringBuilder(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The address of a page of the whole guide, for its links to the same page in other languages.</summary>
    private string AddressOf(string name) => name switch
    {
        "html/crisis" => Options.CrisisUrl,
        "html/about" => Options.AboutUrl,
        "html/search" => Options.SearchUrl,
        "html/not-found" => NotFoundPage,
        _ => Options.IndexUrl,
    };

    /// <summary>The name a site gives its page not found, in each locale's folder.</summary>
    internal const string NotFoundPage = "404.html";

    /// <summary>Renders one page whole into memory, within the output limit.</summary>
    private PageWriter Make(string what, string path, Action<TextWriter> render)
    {
        var page = new PageWriter(Options.MaxOutputChars) { NewLine = "\n" };
        try
        {
            render(page);
        }
        catch (OutputLimitException ex)
        {
            throw TooLarge(what, path, ex);
        }

        return page;
    }

    private async ValueTask<PageWriter> MakeAsync(string what, string path, Func<TextWriter, CancellationToken, ValueTask> render, CancellationToken cancellationToken)
    {
        var page = new PageWriter(Options.MaxOutputChars) { NewLine = "\n" };
        try
        {
            await render(page, cancellationToken).ConfigureAwait(false);
        }
        catch (OutputLimitException ex)
        {
            throw TooLarge(what, path, ex);
        }

        return page;
    }

    /// <summary>Refuses a page without the crisis lines of the reader's region (AG0042), whatever template or formatter made it.</summary>
    private void Check(PageWriter page, string what, string path, LocalizedCrisis crisis)
    {
        if (CrisisCheck.Missing(crisis.GetRegion(Options.Region), page.ToString()) is { } missing)
        {
            // A host's own template among those that wrote the page is the likely place to fix it.
            var own = page.Templates.LastOrDefault(_templates.IsOwn);
            throw new GuideTemplateException([DiagnosticDescriptors.CrisisMissing.At(own is null ? path : _templates.PathOf(own), 0, 0, $"The {what} lacks its crisis help: {missing}. It was not written.")]);
        }
    }

    private static GuideTemplateException TooLarge(string what, string path, OutputLimitException ex) =>
        new([DiagnosticDescriptors.OutputTooLarge.At(path, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"The {what} would be longer than {ex.MaxChars:N0} characters, the output limit. It was not written, rather than cut short."))], ex);

    private static string Describe(LocalizedTopic topic, IGuideFormatter formatter) => $"topic '{topic.Id}' in {formatter.Format.Name}";

    private string PathOf(IGuideFormatter formatter) => formatter is TemplateFormatter t ? _templates.PathOf(t.Template) : $"format:{formatter.Format.Name}";

    private void Run(string name, ScriptObject model, IEnumerable<ScriptObject> functions, TemplateMode mode, TextWriter output)
    {
        using var timeout = Timeout();
        var (template, context) = Prepare(name, model, functions, mode, output);
        if (timeout is not null)
        {
            context.StopAfter(timeout, Options.RenderTimeout);
        }

        try
        {
            template.Render(context);
        }
        catch (ScriptAbortException ex) when (timeout?.IsCancellationRequested == true)
        {
            throw TooSlow(name, ex);
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
        using var timeout = Timeout(cancellationToken);
        var (template, context) = Prepare(name, model, functions, mode, output);
        context.CancellationToken = cancellationToken;
        if (timeout is not null)
        {
            context.StopAfter(timeout, Options.RenderTimeout);
        }

        try
        {
            await template.RenderAsync(context).ConfigureAwait(false);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptAbortException ex) when (timeout?.IsCancellationRequested == true)
        {
            throw TooSlow(name, ex);
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

    /// <summary>The source that stops one page once the render time limit has passed (see <see cref="GuideTemplateContext.StopAfter"/>); null when there is no limit.</summary>
    private CancellationTokenSource? Timeout(CancellationToken cancellationToken = default)
    {
        if (Options.RenderTimeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        return CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    private (Scriban.Template Template, GuideTemplateContext Context) Prepare(string name, ScriptObject model, IEnumerable<ScriptObject> functions, TemplateMode mode, TextWriter output)
    {
        var template = _templates.Get(name) ?? throw new GuideTemplateException(
            [DiagnosticDescriptors.MissingTemplate.At(_templates.PathOf(name), 0, 0, $"The template '{name}' is missing. Add it under templates/, or restore the default.")]);
        var context = new GuideTemplateContext(_templates, mode == TemplateMode.Html, Options);
        foreach (var set in functions)
        {
            context.PushGlobal(set);
        }

        context.PushGlobal(model);
        context.PushOutput(new TextWriterOutput(output));
        if (output is PageWriter page)
        {
            page.Templates.Add(name);
            context.Used = page.Templates;
        }

        return (template, context);
    }

    private GuideTemplateException Failure(string name, ScriptRuntimeException ex)
    {
        if (ex.InnerException is OutputLimitException limit)
        {
            // Rethrown to the page, which names itself.
            throw limit;
        }

        var templateName = ex.Span.FileName ?? name;
        var path = _templates.PathOf(templateName);
        var (line, column) = (ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
        if (ex.InnerException is System.Text.RegularExpressions.RegexMatchTimeoutException
            || ex.OriginalMessage.Contains("Regex engine has timed out", StringComparison.Ordinal))
        {
            return new GuideTemplateException([DiagnosticDescriptors.RenderTimeout.At(path, line, column,
                string.Create(CultureInfo.InvariantCulture, $"Template '{templateName}': a regular expression ran longer than {Options.RenderTimeout.TotalSeconds:0.###} s and was stopped."))], ex);
        }

        if (ex.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal))
        {
            return new GuideTemplateException([DiagnosticDescriptors.OutputTooLarge.At(path, line, column,
                string.Create(CultureInfo.InvariantCulture, $"Template '{templateName}' builds a text longer than {Options.MaxOutputChars:N0} characters, the output limit; nothing was written."))], ex);
        }

        var diagnostic = DiagnosticDescriptors.TemplateRuntime.At(path, line, column, $"Template '{templateName}': {ex.OriginalMessage}");
        return new GuideTemplateException([diagnostic], ex);
    }

    private GuideTemplateException TooSlow(string name, ScriptAbortException ex)
    {
        var templateName = ex.Span.FileName ?? name;
        return new GuideTemplateException([DiagnosticDescriptors.RenderTimeout.At(_templates.PathOf(templateName), ex.Span.Start.Line + 1, ex.Span.Start.Column + 1,
            string.Create(CultureInfo.InvariantCulture, $"Template '{templateName}' ran longer than {Options.RenderTimeout.TotalSeconds:0.###} s, the render time limit, and was stopped here."))], ex);
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
