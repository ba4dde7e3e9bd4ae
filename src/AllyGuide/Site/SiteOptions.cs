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

    /// <summary>
    /// The address the site will be published at, such as <c>https://guide.example.org/</c> (an https address; a
    /// missing final <c>/</c> is added). With it, every page carries its canonical address and Open Graph address,
    /// language alternates are absolute, the pages not found link back from any address, and the build writes
    /// <c>sitemap.xml</c>. Null (the default): none of those, since they need the public address.
    /// </summary>
    /// <exception cref="ArgumentException">Not an absolute https address, or one with a query or fragment.</exception>
    public string? BaseUrl
    {
        get => _baseUrl;
        init => _baseUrl = value is null ? null : CheckBase(value, nameof(BaseUrl));
    }

    /// <summary>The renderer options (templates, crisis region). Link options are set by the site layout.</summary>
    public RendererOptions Renderer { get; init; } = RendererOptions.Default;

    private readonly string? _baseUrl;

    private static string CheckBase(string value, string name)
    {
        var trimmed = value.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '"' or '<' or '>' or '{' or '}'))
        {
            throw new ArgumentException($"The base address must be an absolute https: address with no query, such as https://guide.example.org/: '{value}'.", name);
        }

        return trimmed.EndsWith('/') ? trimmed : trimmed + "/";
    }
}
