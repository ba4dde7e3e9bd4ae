using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>Every template of a <see cref="TemplateSet"/>, parsed once. Parsed Scriban templates are safe to render from many threads.</summary>
internal sealed partial class CompiledTemplates : ITemplateLoader
{
    private readonly ImmutableDictionary<string, Template> _templates;
    private readonly ImmutableDictionary<string, TemplateFile> _files;

    private CompiledTemplates(ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, TemplateFile> files)
    {
        _templates = templates;
        _files = files;
    }

    /// <summary>The longest template accepted, the same as a content file's size limit (1 MiB).</summary>
    public const int MaxTemplateChars = 1024 * 1024;

    public IEnumerable<string> Names => _templates.Keys.Order(StringComparer.Ordinal);

    public static CompiledTemplates Compile(TemplateSet set, IEnumerable<string> required, out ImmutableArray<Diagnostic> diagnostics)
    {
        var list = new List<Diagnostic>(set.Diagnostics);
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var name in required)
        {
            if (!set.Templates.ContainsKey(name))
            {
                list.Add(DiagnosticDescriptors.MissingTemplate.At("templates/" + name, 0, 0,
                    $"The template '{name}' is missing. Add it under templates/, or restore the default."));
            }
        }

        foreach (var file in set.Templates.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // The same bound as a template file on disk, for templates a host passes in code.
            if (file.Text.Length > MaxTemplateChars)
            {
                list.Add(DiagnosticDescriptors.FileTooLarge.At(file.Path, 0, 0, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Template '{file.Name}' is {file.Text.Length:N0} characters; the limit is {MaxTemplateChars:N0}. Split it into partials.")));
                continue;
            }

            var template = Template.Parse(file.Text, file.Name);
            // Scriban reports one message per enclosing block for a single mistake; keep the first at each position.
            var seen = new HashSet<(int, int)>();
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error && seen.Add((message.Span.Start.Line, message.Span.Start.Column)))
                {
                    list.Add(DiagnosticDescriptors.TemplateSyntax.At(file.Path, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                        $"Template '{file.Name}': {message.Message}"));
                }
            }

            if (!template.HasErrors)
            {
                templates[file.Name] = template;
            }

            foreach (System.Text.RegularExpressions.Match include in IncludePattern().Matches(file.Text))
            {
                var target = include.Groups[1].Value;
                if (!set.Templates.ContainsKey(target))
                {
                    var (line, column) = Position(file.Text, include.Groups[1].Index);
                    var suggestion = Suggestions.Suggest(target, set.Templates.Keys);
                    list.Add(DiagnosticDescriptors.MissingTemplate.At(file.Path, line, column,
                        $"Template '{file.Name}' includes '{target}', which does not exist.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}"));
                }
            }
        }

        diagnostics = [.. list];
        return new CompiledTemplates(templates.ToImmutable(), set.Templates);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        return (line, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\binclude\s+[""']([^""']+)[""']", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IncludePattern();

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    public string PathOf(string name) => _files.TryGetValue(name, out var file) ? file.Path : "templates/" + name;

    /// <summary>True when <paramref name="name"/> is a host's own template: not in the package, or different from it.</summary>
    public bool IsOwn(string name) =>
        _files.TryGetValue(name, out var file)
        && !(TemplateSet.Embedded.Templates.TryGetValue(name, out var shipped) && shipped.Text == file.Text);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _templates.ContainsKey(templateName)
            ? templateName
            : throw new ScriptRuntimeException(callerSpan, $"There is no template named '{templateName}'. Known templates: {string.Join(", ", Names)}.");

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => _files[templatePath].Text;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(_files[templatePath].Text);
}
