using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>
/// A per-render Scriban context. In HTML mode every value a template prints is HTML-escaped unless it is a
/// <see cref="SafeHtml"/> the renderer made, so no template can print content unescaped by accident.
/// Includes resolve to the renderer's templates, which are parsed once and shared. Sync and async rendering
/// escape alike.
/// </summary>
internal sealed class GuideTemplateContext : TemplateContext
{
    // Escapes what HTML needs (< > & " ' and controls) and leaves letters of every script readable.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly CompiledTemplates _templates;
    private readonly bool _escapeHtml;

    public GuideTemplateContext(CompiledTemplates templates, bool escapeHtml, RendererOptions options)
    {
        _templates = templates;
        _escapeHtml = escapeHtml;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // A guide's size is not bounded by a template safety limit: with a render time limit (the default), time and
        // output bound every loop, so the iteration count is not limited. Without one, a loop may run 10,000 times.
        LoopLimit = options.RenderTimeout == Timeout.InfiniteTimeSpan ? 10_000 : 0;
        RecursiveLimit = 20;
        // Nothing is ever cut short: a string or page past the limit is an error (AG0040), never "..." at the end.
        // The renderer's page writer counts the page; Scriban's own limit guards each string a template builds.
        LimitToString = options.MaxOutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = 0;
        RegexTimeOut = options.RenderTimeout == Timeout.InfiniteTimeSpan ? TimeSpan.FromSeconds(10) : options.RenderTimeout;
        NewLine = "\n";
        TemplateLoader = templates;
        if (escapeHtml)
        {
            var overrides = new ScriptObject { ["include"] = new SafeIncludeFunction() };
            PushGlobal(overrides);
        }
    }

    private CancellationTokenSource? _timeout;
    private long _deadline = long.MaxValue;

    /// <summary>
    /// Stops the render once <paramref name="limit"/> has passed: the context checks the clock itself as it evaluates,
    /// so the limit holds even when a busy thread pool delays the timer behind <paramref name="timeout"/>.
    /// </summary>
    public void StopAfter(CancellationTokenSource timeout, TimeSpan limit)
    {
        _timeout = timeout;
        _deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        timeout.CancelAfter(limit);
        CancellationToken = timeout.Token;
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        CheckDeadline();
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override ValueTask<object?> EvaluateAsync(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        CheckDeadline();
        return base.EvaluateAsync(scriptNode, aliasReturnedFunction);
    }

    private void CheckDeadline()
    {
        if (_timeout is not null && System.Diagnostics.Stopwatch.GetTimestamp() > _deadline && !_timeout.IsCancellationRequested)
        {
            _timeout.Cancel();
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return base.Write(span, textAsObject);
        }

        if (!_escapeHtml)
        {
            // Plain text goes to terminals, SMS and email: no value ever carries a control character such as ESC.
            return base.Write(span, Invisibles.WithoutControls(ObjectToString(textAsObject) ?? ""));
        }

        var text = Escape(textAsObject);
        if (text is not null)
        {
            Write(text);
        }

        return this;
    }

    public override async ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return await base.WriteAsync(span, textAsObject).ConfigureAwait(false);
        }

        if (!_escapeHtml)
        {
            return await base.WriteAsync(span, Invisibles.WithoutControls(ObjectToString(textAsObject) ?? "")).ConfigureAwait(false);
        }

        var text = Escape(textAsObject);
        if (text is not null)
        {
            await WriteAsync(text).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>The renderer's own safe HTML as it is; anything else as escaped text.</summary>
    private string? Escape(object value) => value is SafeHtml safe ? safe.Html : ObjectToString(value) is { } text ? Html.Encode(text) : null;

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => Find(templatePath, callerContext);

    protected override ValueTask<Template> CreateTemplateAsync(string templatePath, ScriptNode? callerContext) =>
        ValueTask.FromResult(Find(templatePath, callerContext));

    private Template Find(string templatePath, ScriptNode? callerContext)
    {
        var template = _templates.Get(templatePath) ?? throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan,
            $"There is no template named '{templatePath}'. Known templates: {string.Join(", ", _templates.Names)}.");
        Used?.Add(templatePath);
        return template;
    }

    /// <summary>Where the names of included templates are recorded, when the page keeps such a list.</summary>
    public List<string>? Used { get; set; }

    /// <summary>
    /// Replaces Scriban's <c>include</c> in HTML mode: the partial renders in this same escaping context, so its
    /// output is already safe and must not be escaped a second time.
    /// </summary>
    private sealed class SafeIncludeFunction : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var (path, caller) = Resolve(context, callerContext, arguments);
            var template = context.GetOrCreateTemplate(path, caller);
            return new SafeHtml(context.RenderTemplate(template, arguments, caller));
        }

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var (path, caller) = Resolve(context, callerContext, arguments);
            var template = await context.GetOrCreateTemplateAsync(path, caller).ConfigureAwait(false);
            return new SafeHtml(await context.RenderTemplateAsync(template, arguments, caller).ConfigureAwait(false));
        }

        public ScriptParameterInfo GetParameterInfo(int index) =>
            index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

        private static (string Path, ScriptNode? Caller) Resolve(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
        {
            if (arguments.Count == 0)
            {
                throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "include needs the name of a template, for example include \"html/header\".");
            }

            var caller = callerContext ?? context.CurrentNode;
            return (context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller)!, caller);
        }
    }
}
