using System.Collections.Concurrent;
using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Model;
using AllyGuide.Rendering;

namespace AllyGuide.Hosting;

/// <summary>
/// One loaded, checked version of the guide with the renderer made for it. Immutable: a reload publishes a new
/// snapshot and never changes this one, so a request that takes <see cref="IAllyGuideProvider.Current"/> once sees
/// one version of the content from start to end.
/// </summary>
public sealed class AllyGuideSnapshot
{
    /// <summary>At most this many renderers are kept per snapshot; past it they are made for one use.</summary>
    private const int MaxCachedRenderers = 256;

    private readonly ConcurrentDictionary<RendererOptions, GuideRenderer> _renderers = new();

    internal AllyGuideSnapshot(Guide guide, GuideRenderer renderer, string defaultLocale, string fingerprint, long generation,
        bool reloadable, ImmutableArray<Diagnostic> diagnostics, DateTimeOffset loadedAt)
    {
        Guide = guide;
        Renderer = renderer;
        DefaultLocale = defaultLocale;
        Fingerprint = fingerprint;
        Generation = generation;
        IsReloadable = reloadable;
        Diagnostics = diagnostics;
        LoadedAt = loadedAt;
        _renderers[renderer.Options] = renderer;
    }

    /// <summary>The guide.</summary>
    public Guide Guide { get; }

    /// <summary>The renderer for the host's options: the content's templates, every format, the configured region.</summary>
    public GuideRenderer Renderer { get; }

    /// <summary>The locale for requests that name none: the configured default, or the guide's own.</summary>
    public string DefaultLocale { get; }

    /// <summary>The content's own semantic version (<c>content_version</c> in <c>guide.yaml</c>).</summary>
    public ContentVersion ContentVersion => Guide.Version;

    /// <summary>
    /// A hash of every byte the snapshot was loaded from (content and templates) and of the code that renders it:
    /// the same files give the same fingerprint on every server and after a restart; any change gives another.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The snapshot's version: the content version and the fingerprint, for example <c>0.1.0+3f9a0c12d4e5b6a7</c>.</summary>
    public string Version => $"{ContentVersion}+{Fingerprint}";

    /// <summary>A strong entity tag for everything rendered from this snapshot (quoted, as HTTP writes it).</summary>
    public string ETag => $"\"{Version}\"";

    /// <summary>1 for the first snapshot of a provider, then one more for each reload published.</summary>
    public long Generation { get; }

    /// <summary>True when the content can change while the host runs (a watched folder or file provider).</summary>
    public bool IsReloadable { get; }

    /// <summary>The warnings and notes of the load that made the snapshot (a snapshot never has errors).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>When the snapshot was published.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The renderer with another crisis region (a region id or country code); null keeps the configured one.</summary>
    /// <exception cref="ArgumentException">The region is unknown (see <c>LocalizedCrisis.IsKnownRegion</c>).</exception>
    public GuideRenderer GetRenderer(string? region)
    {
        if (region is null)
        {
            return Renderer;
        }

        var crisis = Guide.Localize(DefaultLocale).Crisis;
        if (!crisis.IsKnownRegion(region))
        {
            throw new ArgumentException($"'{region}' is not a crisis region of this guide, nor an ISO 3166 country code.", nameof(region));
        }

        // Keyed by the region it resolves to (GB, gb and uk are one renderer; every country without services is the
        // fallback's), so the renderers a snapshot keeps stay as few as the guide's regions, whatever callers send.
        return GetRenderer(Renderer.Options with { Region = crisis.GetRegion(region).Id });
    }

    /// <summary>
    /// A renderer for <paramref name="options"/>, made once per snapshot and kept: start from
    /// <c>Renderer.Options with { ... }</c> so the content's templates and formats stay in use.
    /// </summary>
    /// <exception cref="GuideTemplateException">The options' templates do not parse.</exception>
    public GuideRenderer GetRenderer(RendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_renderers.TryGetValue(options, out var renderer))
        {
            return renderer;
        }

        renderer = new GuideRenderer(options);
        return _renderers.Count < MaxCachedRenderers ? _renderers.GetOrAdd(options, renderer) : renderer;
    }
}
