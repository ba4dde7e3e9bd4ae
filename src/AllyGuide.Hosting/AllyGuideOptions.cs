using AllyGuide.Rendering;
using Microsoft.Extensions.FileProviders;

namespace AllyGuide.Hosting;

/// <summary>
/// How a host loads and renders the guide. Bound from the configuration section <c>AllyGuide</c> by
/// <c>services.AddAllyGuide()</c>; the properties that hold objects (<see cref="FileProvider"/>,
/// <see cref="Formatters"/>, <see cref="Renderer"/>) are set in code.
/// </summary>
public sealed class AllyGuideOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "AllyGuide";

    /// <summary>
    /// A content folder (the folder holding <c>guide.yaml</c>), absolute or relative to the host's content root. Null
    /// (the default) serves the guide shipped in the package. A folder is watched and reloaded when it changes.
    /// </summary>
    public string? ContentPath { get; set; }

    /// <summary>
    /// Content read through a host's file provider instead of a folder, watched through its change tokens. Takes
    /// precedence over <see cref="ContentPath"/>.
    /// </summary>
    public IFileProvider? FileProvider { get; set; }

    /// <summary>
    /// A folder of templates (<c>html/page.scriban-html</c>, <c>text/topic.scriban-txt</c>, <c>assets/site.css</c>, ...)
    /// that override the content's own templates by name; every template it lacks comes from the content, then the
    /// built-in set. Watched like the content.
    /// </summary>
    public string? TemplatesPath { get; set; }

    /// <summary>
    /// The locale used when a request names none (no route locale and no usable <c>Accept-Language</c>). Null uses
    /// the guide's own default locale. It must be a locale the guide declares, or one of its regional forms
    /// (<c>es-MX</c>); otherwise loading fails. Texts a locale lacks always fall back, unit by unit, along its chain
    /// (<c>es-MX</c>, <c>es</c>, the guide's default locale).
    /// </summary>
    public string? DefaultLocale { get; set; }

    /// <summary>
    /// The crisis region every render shows first unless a request chooses another: a region id (<c>uk</c>) or an
    /// ISO 3166 country code (<c>GB</c>). Null takes it from the reader's locale. An unknown region fails loading.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>Reload a content folder, templates folder or file provider when it changes (default true).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long changes must stop before a reload starts, so a save of several files loads once (default 300 ms).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The largest content or template file read, in bytes (default 1 MiB, <c>LoadOptions.MaxFileBytes</c>).</summary>
    public int? MaxFileBytes { get; set; }

    /// <summary>
    /// Formats added to the built-in ones (a format of the same name replaces it). Formatters registered in the
    /// service collection as <see cref="IGuideFormatter"/> are added too.
    /// </summary>
    public IList<IGuideFormatter> Formatters { get; } = [];

    /// <summary>
    /// The renderer options every snapshot starts from: links, text width, limits. Its templates and formats are
    /// replaced by the content's and <see cref="Formatters"/>.
    /// </summary>
    public RendererOptions Renderer { get; set; } = RendererOptions.Default;
}
