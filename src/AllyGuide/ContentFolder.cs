using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Validation;

namespace AllyGuide;

/// <summary>
/// A content folder as a whole: the guide's files and the templates beside them, read from the same source. What the
/// command line, a web host and a site build each need from a folder, in one place: load the guide, read its templates
/// (over the built-in ones), make a renderer, validate everything.
/// </summary>
public sealed class ContentFolder
{
    private static readonly Lazy<ContentFolder> EmbeddedFolder = new(() => new ContentFolder(ContentSource.Embedded, embedded: true));
    private readonly Lazy<TemplateSet> _templates;

    private ContentFolder(IContentSource source, bool embedded)
    {
        Source = source;
        IsEmbedded = embedded;
        _templates = new(() => embedded ? TemplateSet.Embedded : TemplateSet.Load(source));
    }

    /// <summary>The guide and templates shipped in the package.</summary>
    public static ContentFolder Embedded => EmbeddedFolder.Value;

    /// <summary>The folder holding <c>guide.yaml</c>, for example a translator's working copy.</summary>
    public static ContentFolder FromDirectory(string path) => new(ContentSource.FromDirectory(path), embedded: false);

    /// <summary>Content from any source a host provides; its templates fall back to the built-in ones by name.</summary>
    public static ContentFolder FromSource(IContentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReferenceEquals(source, ContentSource.Embedded) ? Embedded : new ContentFolder(source, embedded: false);
    }

    /// <summary>Where the files are.</summary>
    public IContentSource Source { get; }

    /// <summary>True for the content shipped in the package.</summary>
    public bool IsEmbedded { get; }

    /// <summary>The folder's templates over the built-in ones, read once; problems reading them are in its <see cref="TemplateSet.Diagnostics"/>.</summary>
    public TemplateSet Templates => _templates.Value;

    /// <summary>Loads and checks the guide; never throws for bad content. The built-in guide is loaded once and shared.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public LoadResult TryLoad(LoadOptions? options = null, CancellationToken cancellationToken = default) =>
        Guide.TryLoad(Source, options, cancellationToken);

    /// <summary>Loads the guide, throwing one exception that carries every diagnostic when there is any error.</summary>
    /// <exception cref="GuideContentException">The content has errors.</exception>
    public Guide Load(LoadOptions? options = null, CancellationToken cancellationToken = default) =>
        IsEmbedded && options is null ? Guide.LoadEmbedded() : Guide.Load(Source, options, cancellationToken);

    /// <summary>Renderer options that use this folder's templates, over <paramref name="options"/> (or the defaults).</summary>
    public RendererOptions GetRendererOptions(RendererOptions? options = null) => (options ?? RendererOptions.Default) with { Templates = Templates };

    /// <summary>A renderer with this folder's templates.</summary>
    /// <exception cref="GuideTemplateException">A template is missing, cannot be read or does not parse.</exception>
    public GuideRenderer CreateRenderer(RendererOptions? options = null) =>
        IsEmbedded && options is null ? GuideRenderer.Default : new GuideRenderer(GetRendererOptions(options));

    /// <summary>
    /// Checks everything the folder holds and returns every diagnostic, ordered by file, line and column: content,
    /// templates, and a trial render of every page in every locale and format (only when there are no errors before it).
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ImmutableArray<Diagnostic> Validate(LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validation is where the editorial lints belong: always on here, whatever the options say.
        options = (options ?? LoadOptions.Default) with { EditorialLints = true };
        var loaded = ContentLoader.Load(Source, options, cancellationToken);
        var diagnostics = loaded.Diagnostics.AddRange(ContentValidator.Validate(loaded, options)).ToList();
        GuideRenderer.TryCreate(GetRendererOptions(), out var renderer, out var templateDiagnostics);
        diagnostics.AddRange(templateDiagnostics);
        if (!diagnostics.Any(d => d.IsError) && loaded.Content is { } content && renderer is not null)
        {
            var guide = new Guide(content);
            diagnostics.AddRange(TemplateValidator.TrialRender(renderer, guide.Locales.Select(l => guide.Localize(l.Code))));
        }

        return Guide.Sorted(diagnostics);
    }
}
