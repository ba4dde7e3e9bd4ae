using System.Collections.Immutable;
using System.Text;
using AllyGuide.Model;
using AllyGuide.Rendering;

namespace AllyGuide.Site;

/// <summary>
/// Builds the static guide site: <c>index.html</c>, one page per topic, <c>crisis.html</c>, one page per audience
/// (<c>for-parent.html</c>, ...) and the assets.
/// The whole site is written into a hidden staging folder beside the site folder first, then swapped into place with
/// two renames, so a reader (or a build killed part way) never meets a mix of old and new pages. The folder must be
/// new, empty, or a site an earlier build made: a manifest records what AllyGuide wrote, and only those files are ever
/// replaced or removed; files a person added are moved across to the new site. Nothing is written or deleted through
/// a link.
/// </summary>
public static class GuideSite
{
    /// <summary>The name of the manifest a build leaves in the site folder.</summary>
    public const string ManifestName = ".allyguide-site";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds the site for <paramref name="guide"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="guide">The guide to publish.</param>
    /// <param name="outputDirectory">The site folder; created when missing.</param>
    /// <param name="options">Locale and renderer options.</param>
    /// <param name="progress">Told the relative path of each file as it is written.</param>
    /// <exception cref="SiteOutputException">
    /// The folder holds files AllyGuide did not write, a path the build would use is a link, or the folder cannot be
    /// written. The site is left as it was.
    /// </exception>
    /// <exception cref="GuideTemplateException">A page failed to render (AG0031, AG0040 to AG0042). The site is left as it was.</exception>
    public static SiteBuildResult Build(Guide guide, string outputDirectory, SiteOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        options ??= SiteOptions.Default;

        var renderer = new GuideRenderer(options.Renderer with
        {
            TopicUrl = "{id}.html",
            IndexUrl = "index.html",
            CrisisUrl = "crisis.html",
            StylesheetUrl = "assets/site.css",
            AudienceUrl = "for-{audience}.html",
        });
        var localized = guide.Localize(options.Locale);
        var audiences = Audiences.All.Where(a => localized.Topics.Any(t => t.Audience.Contains(a))).ToList();
        var planned = new List<string> { "index.html", "crisis.html" };
        planned.AddRange(localized.Topics.Select(t => t.Id + ".html"));
        planned.AddRange(audiences.Select(a => $"for-{a}.html"));
        planned.AddRange(renderer.Options.Templates.Assets.Keys.Order(StringComparer.Ordinal));

        string? staging = null;
        try
        {
            var folder = SiteFolder.Open(outputDirectory);
            folder.CheckPaths(planned);
            staging = folder.CreateStaging();

            var written = ImmutableArray.CreateBuilder<string>();
            void Page(string file, Action<TextWriter> render)
            {
                SiteFolder.Write(staging, file, stream =>
                {
                    using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
                    render(writer);
                });
                written.Add(file);
                progress?.Report(file);
            }

            Page("index.html", w => renderer.RenderIndexPage(localized, w));
            Page("crisis.html", w => renderer.RenderCrisisPage(localized, w));
            foreach (var topic in localized.Topics)
            {
                Page(topic.Id + ".html", w => renderer.Render(topic, OutputFormat.Html, w));
            }

            foreach (var audience in audiences)
            {
                Page($"for-{audience}.html", w => renderer.RenderAudiencePage(localized, audience, w));
            }

            foreach (var (name, content) in renderer.Options.Templates.Assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                SiteFolder.Write(staging, name, stream => stream.Write(content.Span));
                written.Add(name);
                progress?.Report(name);
            }

            SiteFolder.WriteManifest(staging, written);
            folder.Swap(staging);
            staging = null;
            var removed = folder.Manifest.Except(written, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            return new SiteBuildResult(folder.Root, written.ToImmutable(), removed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteOutputException($"Could not write the site to '{Path.GetFullPath(outputDirectory)}': {ex.Message}", ex);
        }
        finally
        {
            if (staging is not null)
            {
                SiteFolder.Discard(staging);
            }
        }
    }
}
