namespace AllyGuide.Rendering;

/// <summary>How the renderer writes output. Immutable; vary it with <c>with</c>.</summary>
public sealed record RendererOptions
{
    /// <summary>Embedded templates, the built-in formats, 72-column text, links for a flat static site.</summary>
    public static RendererOptions Default { get; } = new();

    /// <summary>The templates to render with.</summary>
    public TemplateSet Templates { get; init; } = TemplateSet.Embedded;

    /// <summary>The formats the renderer writes; add a host's own with <see cref="FormatterRegistry.Add"/>.</summary>
    public FormatterRegistry Formatters { get; init; } = FormatterRegistry.Default;

    /// <summary>The column plain text wraps at.</summary>
    public int TextWidth { get; init; } = 72;

    /// <summary>
    /// The crisis region to show first (region id or country code); null uses the locale's default region.
    /// A place with no services listed shows the fallback (Find A Helpline and the local emergency number).
    /// Every format shows the same region.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>The address of a topic page; <c>{id}</c> is replaced by the topic id.</summary>
    public string TopicUrl { get; init; } = "{id}.html";

    /// <summary>The address of the index page.</summary>
    public string IndexUrl { get; init; } = "index.html";

    /// <summary>The address of the crisis page.</summary>
    public string CrisisUrl { get; init; } = "crisis.html";

    /// <summary>The address of the stylesheet full pages link to.</summary>
    public string StylesheetUrl { get; init; } = "assets/site.css";
}
