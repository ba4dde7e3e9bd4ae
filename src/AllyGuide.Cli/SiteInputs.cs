using AllyGuide.Rendering;
using AllyGuide.Site;

namespace AllyGuide.Cli;

/// <summary>What <c>build</c> and <c>serve</c> need to write the site: the guide, loaded and checked, and the site options.</summary>
internal sealed record SiteInputs(Guide Guide, SiteOptions Options)
{
    /// <summary>
    /// Loads the content and checks <c>--locale</c> and <c>--region</c> against it, printing every problem to
    /// <paramref name="error"/> as <c>build</c> does.
    /// </summary>
    /// <returns>The inputs, or null with the exit code in <paramref name="exitCode"/> when the site cannot be built.</returns>
    public static SiteInputs? Prepare(DirectoryInfo? content, IReadOnlyList<string> locales, string? region, DateOnly? today, TextWriter error, out int exitCode, string? baseUrl = null, string? reportUrl = null)
    {
        var folder = ContentLoader.Open(content, error);
        if (folder is null)
        {
            exitCode = ExitCodes.Usage;
            return null;
        }

        var guide = ContentLoader.Load(folder, content, CliOptions.LoadOptions(today), error);
        if (guide is null)
        {
            exitCode = ExitCodes.ContentErrors;
            return null;
        }

        if (locales.FirstOrDefault(l => !guide.IsDeclared(l)) is { } unknown)
        {
            error.WriteLine($"allyguide: '{unknown}' is not a declared locale. Build one or more of: {string.Join(", ", guide.Locales.Select(l => l.Code))}.");
            exitCode = ExitCodes.Usage;
            return null;
        }

        if (!CliOptions.CheckLocaleAndRegion(guide, locales.Count > 0 ? locales[0] : null, region, error))
        {
            exitCode = ExitCodes.Usage;
            return null;
        }

        try
        {
            var options = SiteOptions.Default with
            {
                Locales = [.. locales],
                BaseUrl = baseUrl,
                Renderer = folder.GetRendererOptions(RendererOptions.Default with { Region = region, ReportUrl = reportUrl }),
            };
            exitCode = ExitCodes.Ok;
            return new SiteInputs(guide, options);
        }
        catch (ArgumentException ex)
        {
            // --base-url or --report-url is not an address the site may use.
            error.WriteLine($"allyguide: {ex.Message.Split(" (Parameter", 2)[0]}");
            exitCode = ExitCodes.Usage;
            return null;
        }
    }

    /// <summary>The folder of each locale the site will hold, in build order as far as it matters here.</summary>
    public IReadOnlyList<string> LocaleFolders =>
        [.. (Options.Locales.IsDefaultOrEmpty ? Guide.Locales.Select(l => l.Code) : Options.Locales).Select(GuideSite.Folder)];

    /// <summary>
    /// How many files the build will write, counted the way <see cref="GuideSite.Build"/> plans them: the first page,
    /// the root page not found, robots.txt and (with a base address) the sitemap; per locale an index, the crisis,
    /// about, search and not-found pages, the search index, a page per topic and per audience; the assets. Only used
    /// to size a progress bar, so a difference is harmless.
    /// </summary>
    public int PlannedFiles()
    {
        var codes = Options.Locales.IsDefaultOrEmpty ? [.. Guide.Locales.Select(l => l.Code)] : Options.Locales;
        var pages = codes.Sum(code =>
        {
            var localized = Guide.Localize((string?)code);
            return 6 + localized.Topics.Length + localized.Audiences.Length;
        });
        return 3 + (Options.BaseUrl is null ? 0 : 1) + pages + Options.Renderer.Templates.Assets.Count;
    }
}
