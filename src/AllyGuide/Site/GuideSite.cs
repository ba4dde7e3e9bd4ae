using System.Collections.Immutable;
using System.Text;
using AllyGuide.Rendering;

namespace AllyGuide.Site;

/// <summary>
/// Builds the static guide site in every locale (or those <see cref="SiteOptions.Locales"/> names), each in a folder of
/// its own (<c>en/</c>, <c>es/</c>, ...: an index, one page per topic, the crisis page, one page per audience), a first
/// page (<c>index.html</c>) that sends readers to their language with plain links, and the assets, shared.
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

        var locales = Locales(guide, options);
        var languages = locales.Select(code => guide.Locales.First(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))).ToImmutableArray();
        var sites = locales.Select(code =>
        {
            var localized = guide.Localize(code);
            var renderer = new GuideRenderer(options.Renderer with
            {
                TopicUrl = "{id}.html",
                IndexUrl = "index.html",
                CrisisUrl = "crisis.html",
                StylesheetUrl = "../assets/site.css",
                AudienceUrl = "for-{audience}.html",
                Languages = languages,
                LanguageUrl = "../{locale}/{page}",
            });
            var audiences = localized.Audiences;
            return (Folder: Folder(code), Localized: localized, Renderer: renderer, Audiences: audiences);
        }).ToList();

        // The first page sends readers to their language with plain links. It shows the crisis box too: the region
        // asked for, or the directory of helplines, since it cannot know the reader's country.
        var first = sites[0];
        var root = new GuideRenderer(options.Renderer with
        {
            TopicUrl = first.Folder + "/{id}.html",
            IndexUrl = "index.html",
            CrisisUrl = first.Folder + "/crisis.html",
            StylesheetUrl = "assets/site.css",
            AudienceUrl = first.Folder + "/for-{audience}.html",
            Languages = languages,
            LanguageUrl = "{locale}/{page}",
            Region = options.Renderer.Region ?? first.Localized.Crisis.Fallback.Id,
        });

        var planned = new List<string> { "index.html" };
        foreach (var site in sites)
        {
            planned.Add($"{site.Folder}/index.html");
            planned.Add($"{site.Folder}/crisis.html");
            planned.AddRange(site.Localized.Topics.Select(t => $"{site.Folder}/{t.Id}.html"));
            planned.AddRange(site.Audiences.Select(a => $"{site.Folder}/for-{a}.html"));
        }

        var assets = options.Renderer.Templates.Assets;
        planned.AddRange(assets.Keys.Order(StringComparer.Ordinal));

        string? staging = null;
        try
        {
            var folder = SiteFolder.Open(outputDirectory);
            folder.CheckPaths(planned);
            staging = folder.CreateStaging();

            var written = ImmutableArray.CreateBuilder<string>();
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            void Page(string file, Action<TextWriter> render)
            {
                hashes[file] = SiteFolder.Write(staging, file, stream =>
                {
                    using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
                    render(writer);
                });
                written.Add(file);
                progress?.Report(file);
            }

            Page("index.html", w => root.RenderLanguagePage(first.Localized, w));
            foreach (var site in sites)
            {
                Page($"{site.Folder}/index.html", w => site.Renderer.RenderIndexPage(site.Localized, w));
                Page($"{site.Folder}/crisis.html", w => site.Renderer.RenderCrisisPage(site.Localized, w));
                foreach (var topic in site.Localized.Topics)
                {
                    Page($"{site.Folder}/{topic.Id}.html", w => site.Renderer.Render(topic, OutputFormat.Html, w));
                }

                foreach (var audience in site.Audiences)
                {
                    Page($"{site.Folder}/for-{audience}.html", w => site.Renderer.RenderAudiencePage(site.Localized, audience, w));
                }
            }

            foreach (var (name, content) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                hashes[name] = SiteFolder.Write(staging, name, stream => stream.Write(content.Span));
                written.Add(name);
                progress?.Report(name);
            }

            SiteFolder.WriteManifest(staging, hashes);
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

    /// <summary>
    /// Checks a site folder, for example as uploaded to a host, against the manifest its build wrote
    /// (<see cref="ManifestName"/>: every file with its SHA-256): files missing, changed or added. Reads only; nothing
    /// is followed through a link.
    /// </summary>
    /// <param name="directory">The site folder.</param>
    /// <exception cref="SiteOutputException">The folder does not exist or holds no manifest, or a file cannot be read.</exception>
    public static SiteVerification Verify(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var root = Path.GetFullPath(directory);
        var manifest = Path.Combine(root, ManifestName);
        if (!Directory.Exists(root) || !File.Exists(manifest) || new FileInfo(manifest).LinkTarget is not null)
        {
            throw new SiteOutputException($"'{root}' holds no {ManifestName} manifest, so it is not a site allyguide build wrote (or the manifest was not uploaded).");
        }

        try
        {
            var listed = SiteFolder.ReadHashes(manifest);
            var missing = ImmutableArray.CreateBuilder<string>();
            var changed = ImmutableArray.CreateBuilder<string>();
            foreach (var (file, hash) in listed.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var full = Path.Combine(root, file.Replace('/', Path.DirectorySeparatorChar));
                var info = new FileInfo(full);
                if (!info.Exists || info.LinkTarget is not null)
                {
                    missing.Add(file);
                }
                else if (hash is null || !string.Equals(SiteFolder.Hash(full), hash, StringComparison.Ordinal))
                {
                    changed.Add(file);
                }
            }

            var extra = new DirectoryInfo(root)
                .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Select(f => Path.GetRelativePath(root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => f != ManifestName && !listed.ContainsKey(f))
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            return new SiteVerification(listed.Count, missing.ToImmutable(), changed.ToImmutable(), extra);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteOutputException($"Could not read the site at '{root}': {ex.Message}", ex);
        }
    }

    /// <summary>The folder a locale's pages go in: its code in lower case (<c>es-MX</c> gives <c>es-mx</c>).</summary>
    public static string Folder(string locale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        return locale.Trim().Replace('_', '-').ToLowerInvariant();
    }

    /// <summary>The declared locales to build, the default first; an undeclared one is the host's mistake.</summary>
    private static List<string> Locales(Guide guide, SiteOptions options)
    {
        var declared = guide.Locales.Select(l => l.Code).ToList();
        var chosen = options.Locales.IsDefaultOrEmpty ? declared : [.. options.Locales.Select(l => l.Trim().Replace('_', '-'))];
        foreach (var code in chosen.Where(c => !declared.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"'{code}' is not a locale the guide declares ({string.Join(", ", declared)}).", nameof(options));
        }

        var canonical = declared.Where(d => chosen.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        return [.. canonical.OrderBy(c => c != guide.DefaultLocale)];
    }
}
