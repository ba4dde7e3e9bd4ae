using AllyGuide.Rendering;

namespace AllyGuide.Site;

/// <summary>How <see cref="GuideSite"/> builds a site. Immutable; vary it with <c>with</c>.</summary>
public sealed record SiteOptions
{
    /// <summary>The default locale, the embedded templates, links for a flat site.</summary>
    public static SiteOptions Default { get; } = new();

    /// <summary>The locale to build; null builds the guide's default locale.</summary>
    public string? Locale { get; init; }

    /// <summary>The renderer options (templates, crisis region). Link options are set by the site layout.</summary>
    public RendererOptions Renderer { get; init; } = RendererOptions.Default;
}
