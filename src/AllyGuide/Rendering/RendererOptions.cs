using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Text;

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

    /// <summary>
    /// The address of a topic page; <c>{id}</c> is replaced by the topic id. Like every address below, a relative path
    /// or an <c>https:</c> address (<see cref="LinkPolicy"/>): anything else throws when the options are made.
    /// </summary>
    /// <exception cref="ArgumentException">Not a relative path or https address, or without <c>{id}</c>.</exception>
    public string TopicUrl
    {
        get => _topicUrl;
        init => _topicUrl = value is not null && !value.Contains("{id}", StringComparison.Ordinal)
            ? throw new ArgumentException($"TopicUrl must contain {{id}}, the topic's id: '{value}'.", nameof(TopicUrl))
            : CheckUrl(value, nameof(TopicUrl));
    }

    /// <summary>The address of the page for one audience (parents, managers, ...); <c>{audience}</c> is replaced by the audience tag.</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address, or without <c>{audience}</c>.</exception>
    public string AudienceUrl
    {
        get => _audienceUrl;
        init => _audienceUrl = value is not null && !value.Contains("{audience}", StringComparison.Ordinal)
            ? throw new ArgumentException($"AudienceUrl must contain {{audience}}, the audience tag: '{value}'.", nameof(AudienceUrl))
            : CheckUrl(value, nameof(AudienceUrl));
    }

    /// <summary>
    /// The languages a page links to in its language switcher and its <c>&lt;link rel="alternate" hreflang&gt;</c>, the
    /// guide's default first (it is also <c>x-default</c>); empty (the default) for none, as for a single-language host.
    /// </summary>
    public ImmutableArray<LocaleInfo> Languages { get; init; } = [];

    /// <summary>
    /// The address of the same page in another language: <c>{locale}</c> is replaced by the locale's code in lower case
    /// and <c>{page}</c> by the page's own address (such as <c>listening.html</c>).
    /// </summary>
    /// <exception cref="ArgumentException">Not a relative path or https address, or without <c>{locale}</c> and <c>{page}</c>.</exception>
    public string LanguageUrl
    {
        get => _languageUrl;
        init => _languageUrl = value is not null && !(value.Contains("{locale}", StringComparison.Ordinal) && value.Contains("{page}", StringComparison.Ordinal))
            ? throw new ArgumentException($"LanguageUrl must contain {{locale}} and {{page}}: '{value}'.", nameof(LanguageUrl))
            : CheckUrl(value, nameof(LanguageUrl));
    }

    /// <summary>The address of the index page.</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address.</exception>
    public string IndexUrl { get => _indexUrl; init => _indexUrl = CheckUrl(value, nameof(IndexUrl)); }

    /// <summary>The address of the crisis page.</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address.</exception>
    public string CrisisUrl { get => _crisisUrl; init => _crisisUrl = CheckUrl(value, nameof(CrisisUrl)); }

    /// <summary>The address of the stylesheet full pages link to.</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address.</exception>
    public string StylesheetUrl { get => _stylesheetUrl; init => _stylesheetUrl = CheckUrl(value, nameof(StylesheetUrl)); }

    /// <summary>The address of the about page (what the guide is and is not, how it is written, how to report a problem).</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address.</exception>
    public string AboutUrl { get => _aboutUrl; init => _aboutUrl = CheckUrl(value, nameof(AboutUrl)); }

    /// <summary>The address of the search page (every topic with its summary; a search box with script on).</summary>
    /// <exception cref="ArgumentException">Not a relative path or https address.</exception>
    public string SearchUrl { get => _searchUrl; init => _searchUrl = CheckUrl(value, nameof(SearchUrl)); }

    /// <summary>
    /// The address of the folder of the site's assets, ending in <c>/</c>: pages link the icon (<c>favicon.svg</c>)
    /// and the search page its script (<c>search.js</c>) from there.
    /// </summary>
    /// <exception cref="ArgumentException">Not a relative path or https address, or not ending in <c>/</c>.</exception>
    public string AssetsUrl
    {
        get => _assetsUrl;
        init => _assetsUrl = value is not null && !value.EndsWith('/')
            ? throw new ArgumentException($"AssetsUrl must end in '/': '{value}'.", nameof(AssetsUrl))
            : CheckUrl(value, nameof(AssetsUrl));
    }

    /// <summary>
    /// The public address of a page, for its canonical link, its Open Graph address and its language alternates:
    /// <c>{page}</c> is replaced by the page's own address (such as <c>listening.html</c>) and <c>{locale}</c>, when
    /// present, by the locale's code in lower case. The language alternates are then public addresses too, resolved
    /// against it. Null (the default) when the site's address is not known; pages then carry no canonical link. It
    /// must be an https address.
    /// </summary>
    /// <exception cref="ArgumentException">Not an https address, or without <c>{page}</c>.</exception>
    public string? CanonicalUrl
    {
        get => _canonicalUrl;
        init => _canonicalUrl = value is null
            ? null
            : !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || !value.Contains("{page}", StringComparison.Ordinal)
                ? throw new ArgumentException($"CanonicalUrl must be an https: address containing {{page}}: '{value}'.", nameof(CanonicalUrl))
                : CheckUrl(value, nameof(CanonicalUrl));
    }

    /// <summary>
    /// Where readers report a problem with the guide (a wrong number, a broken link): an https address or a
    /// <c>mailto:</c> address, linked from the about page. Null (the default): the page asks readers to contact the publisher.
    /// </summary>
    /// <exception cref="ArgumentException">Neither an https nor a mailto address.</exception>
    public string? ReportUrl
    {
        get => _reportUrl;
        init => _reportUrl = value is null
            ? null
            : value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && value.Length > "mailto:".Length && value.Contains('@', StringComparison.Ordinal) && LinkPolicy.SafeUrl(value) is not null && !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
                ? value
                : value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    ? CheckUrl(value, nameof(ReportUrl))
                    : throw new ArgumentException($"ReportUrl must be an https: or mailto: address: '{value}'.", nameof(ReportUrl));
    }

    /// <summary>
    /// The most characters one page may have (64 Mi by default). A page that would be longer is refused with AG0040,
    /// never written cut short; <c>allyguide validate</c> renders every page, so content that passes it renders whole.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or less.</exception>
    public int MaxOutputChars
    {
        get => _maxOutputChars;
        init => _maxOutputChars = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxOutputChars), value, "The output limit must be positive.");
    }

    /// <summary>
    /// The longest one page may take to render (2 seconds by default), and a bound on each regular expression a
    /// template runs. A template that runs longer is stopped with AG0041. <see cref="Timeout.InfiniteTimeSpan"/> turns
    /// the bound off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or negative (other than infinite).</exception>
    public TimeSpan RenderTimeout
    {
        get => _renderTimeout;
        init => _renderTimeout = value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RenderTimeout), value, "The render time limit must be positive.");
    }

    private readonly string _topicUrl = "{id}.html";
    private readonly string _audienceUrl = "for-{audience}.html";
    private readonly string _languageUrl = "../{locale}/{page}";
    private readonly string _indexUrl = "index.html";
    private readonly string _crisisUrl = "crisis.html";
    private readonly string _stylesheetUrl = "assets/site.css";
    private readonly string _aboutUrl = "about.html";
    private readonly string _searchUrl = "search.html";
    private readonly string _assetsUrl = "assets/";
    private readonly string? _canonicalUrl;
    private readonly string? _reportUrl;
    private readonly int _maxOutputChars = 64 * 1024 * 1024;
    private readonly TimeSpan _renderTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A host's address, held to the link policy: an https address, or a relative path on the same site.</summary>
    private static string CheckUrl(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        var plain = !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        var https = value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var relative = LinkPolicy.SchemeOf(value) is null && !value.StartsWith("//", StringComparison.Ordinal);
        return plain && (https || relative)
            ? value
            : throw new ArgumentException($"{name} must be a relative path (such as 'topics/{{id}}.html') or an https: address; '{value}' is neither, so it could become a script or a link off the site.", name);
    }
}
