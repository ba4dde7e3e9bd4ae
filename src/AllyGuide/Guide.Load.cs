using System.Collections.Immutable;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Validation;

namespace AllyGuide;

public sealed partial class Guide
{
    private static readonly Lazy<Guide> Embedded = new(() => Load(ContentSource.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The guide shipped inside the package. Loaded once, then shared.</summary>
    /// <exception cref="GuideContentException">Never for a released package: its content is validated when it is built.</exception>
    public static Guide LoadEmbedded() => Embedded.Value;

    /// <summary>Loads and validates content. Never throws for bad content: problems come back as diagnostics.</summary>
    public static LoadResult TryLoad(IContentSource source, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return GuideLoader.Load(source, options ?? LoadOptions.Default);
    }

    /// <summary>Loads content, throwing one exception that carries every diagnostic when there is any error.</summary>
    /// <exception cref="GuideContentException">The content has errors.</exception>
    public static Guide Load(IContentSource source, LoadOptions? options = null)
    {
        var result = TryLoad(source, options);
        return result.Success ? result.Guide : throw new GuideContentException(result.Diagnostics);
    }

    /// <summary>
    /// Checks everything a content folder holds, content and templates, and returns every diagnostic,
    /// ordered by file, line and column. This is what <c>allyguide validate</c> reports.
    /// </summary>
    public static ImmutableArray<Diagnostic> Validate(IContentSource source, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var load = TryLoad(source, options);
        // One parse of the templates serves both the syntax check and the dry run.
        GuideRenderer.TryCreate(RendererOptions.Default with { Templates = TemplateSet.Load(source) }, out var renderer, out var templateDiagnostics);
        var diagnostics = load.Diagnostics.Concat(templateDiagnostics).ToList();
        if (!diagnostics.Any(d => d.IsError) && load.Guide is { } guide && renderer is not null)
        {
            diagnostics.AddRange(DryRun(guide, renderer));
        }

        return [.. diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>Renders every page of every locale into nothing, so template errors that only show while rendering are found now.</summary>
    private static List<Diagnostic> DryRun(Guide guide, GuideRenderer renderer)
    {
        var found = new List<Diagnostic>();
        foreach (var locale in guide.Locales)
        {
            var localized = guide.Localize(locale.Code);
            var pages = new List<Action>
            {
                () => renderer.RenderIndexPage(localized, TextWriter.Null),
                () => renderer.RenderCrisisPage(localized, TextWriter.Null),
            };
            foreach (var topic in localized.Topics)
            {
                foreach (var format in new[] { OutputFormat.Html, OutputFormat.HtmlFragment, OutputFormat.Text })
                {
                    pages.Add(() => renderer.Render(topic, format, TextWriter.Null));
                }
            }

            foreach (var page in pages)
            {
                try
                {
                    page();
                }
                catch (GuideTemplateException ex)
                {
                    found.AddRange(ex.Diagnostics.Where(d => !found.Contains(d)));
                }
            }
        }

        return found;
    }
}
