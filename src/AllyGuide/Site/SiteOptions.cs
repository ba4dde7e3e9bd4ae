using System.Collections.Immutable;
using AllyGuide.Rendering;

namespace AllyGuide.Site;

/// <summary>How <see cref="GuideSite"/> builds a site. Immutable; vary it with <c>with</c>.</summary>
public sealed record SiteOptions
{
    /// <summary>The default locale, the embedded templates, links for a flat site.</summary>
    public static SiteOptions Default { get; } = new();

    /// <summary>
    /// The locales to build, each into a folder of its own (<c>en/</c>, <c>es/</c>, ...); empty (the default) builds
    /// every locale the guide declares. Each must be declared.
    /// </summary>
    public ImmutableArray<string> Locales { get; init; } = [];

    /// <summary>The renderer options (templates, crisis region). Link options are set by the site layout.</summary>
    public RendererOptions Renderer { get; init; } = RendererOptions.Default;
}
