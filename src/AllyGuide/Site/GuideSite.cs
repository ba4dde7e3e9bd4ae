using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Text;
using AllyGuide.Localization;
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
        var baseUrl = options.BaseUrl;
        var sites = locales.Select(code =>
        {
            var localized = guide.Localize(code);
            var renderer = new GuideRenderer(options.Renderer with
            {
                TopicUrl = "{id}.html",
                IndexUrl = "index.html",
                CrisisUrl = "crisis.html",
                AboutUrl = "about.html",
                SearchUrl = "search.html",
                StylesheetUrl = "../assets/site.css",
                AssetsUrl = "../assets/",
                AudienceUrl = "for-{audience}.html",
                Languages = languages,
                LanguageUrl = "../{locale}/{page}",
                CanonicalUrl = baseUrl is null ? null : baseUrl + "{locale}/{page}",
            });

            // The page not found is served from any address, so its links hold anywhere: from the site's root, or
            // the site's public address when known (a site in a sub-folder of its host needs that).
            var anywhere = baseUrl ?? "/";
            var folderUrl = anywhere + Folder(code) + "/";
            var notFound = new GuideRenderer(options.Renderer with
            {
                TopicUrl = folderUrl + "{id}.html",
                IndexUrl = folderUrl + "index.html",
                CrisisUrl = folderUrl + "crisis.html",
                AboutUrl = folderUrl + "about.html",
                SearchUrl = folderUrl + "search.html",
                StylesheetUrl = anywhere + "assets/site.css",
                AssetsUrl = anywhere + "assets/",
                AudienceUrl = folderUrl + "for-{audience}.html",
                Languages = languages,
                LanguageUrl = anywhere + "{locale}/{page}",
            });
            var audiences = localized.Audiences;
            return (Folder: Folder(code), Localized: localized, Renderer: renderer, NotFound: notFound, Audiences: audiences);
        }).ToList();

        // The first page sends readers to their language with plain links. It shows the crisis box too: the region
        // asked for, or the directory of helplines, since it cannot know the reader's country.
        var first = sites[0];
        var root = new GuideRenderer(options.Renderer with
        {
            TopicUrl = first.Folder + "/{id}.html",
            IndexUrl = "index.html",
            CrisisUrl = first.Folder + "/crisis.html",
            AboutUrl = first.Folder + "/about.html",
            SearchUrl = first.Folder + "/search.html",
            StylesheetUrl = "assets/site.css",
            AssetsUrl = "assets/",
            AudienceUrl = first.Folder + "/for-{audience}.html",
            Languages = languages,
            LanguageUrl = "{locale}/{page}",
            CanonicalUrl = baseUrl is null ? null : baseUrl + "{page}",
            Region = options.Renderer.Region ?? first.Localized.Crisis.Fallback.Id,
        });

        var planned = new List<string> { "index.html", NotFoundPage, "robots.txt" };
        if (baseUrl is not null)
        {
            planned.Add("sitemap.xml");
        }

        foreach (var site in sites)
        {
            planned.AddRange(LocalePages(site.Localized, site.Audiences).Select(page => $"{site.Folder}/{page}"));
            planned.Add($"{site.Folder}/{NotFoundPage}");
            planned.Add($"{site.Folder}/search.json");
        }

        var assets = options.Renderer.Templates.Assets;
        planned.AddRange(assets.Keys.Order(StringComparer.Ordinal));

        string? staging = null;
        try
        {
            var folder = SiteFolder.Open(outputDirectory);
            folder.CheckPaths(planned);
            staging = folder.CreateStaging();

            // Every file in order; written on all cores, reported in this order.
            var jobs = new List<(string File, Action<Stream> Write)>(planned.Count);
            void File(string file, Action<Stream> write) => jobs.Add((file, write));
            void Page(string file, Action<TextWriter> render) => File(file, stream =>
            {
                using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
                render(writer);
            });

            Page("index.html", w => root.RenderLanguagePage(first.Localized, w));
            Page(NotFoundPage, w => first.NotFound.RenderNotFoundPage(first.Localized, w));
            foreach (var site in sites)
            {
                Page($"{site.Folder}/index.html", w => site.Renderer.RenderIndexPage(site.Localized, w));
                Page($"{site.Folder}/crisis.html", w => site.Renderer.RenderCrisisPage(site.Localized, w));
                Page($"{site.Folder}/about.html", w => site.Renderer.RenderAboutPage(site.Localized, w));
                Page($"{site.Folder}/search.html", w => site.Renderer.RenderSearchPage(site.Localized, w));
                foreach (var topic in site.Localized.Topics)
                {
                    Page($"{site.Folder}/{topic.Id}.html", w => site.Renderer.Render(topic, OutputFormat.Html, w));
                }

                foreach (var audience in site.Audiences)
                {
                    Page($"{site.Folder}/for-{audience}.html", w => site.Renderer.RenderAudiencePage(site.Localized, audience, w));
                }

                Page($"{site.Folder}/{NotFoundPage}", w => site.NotFound.RenderNotFoundPage(site.Localized, w));
                File($"{site.Folder}/search.json", stream => SearchIndex.Write(site.Localized, id => id + ".html", stream));
            }

            Page("robots.txt", w => SiteMap.WriteRobots(baseUrl, w));
            if (baseUrl is not null)
            {
                Page("sitemap.xml", w => SiteMap.Write(baseUrl, [.. sites.Select(s => (s.Folder, s.Localized.Locale, LocalePages(s.Localized, s.Audiences)))], w));
            }

            foreach (var (name, content) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                File(name, stream => stream.Write(content.Span));
            }

            var hashes = WriteAll(staging, jobs, progress);
            var written = jobs.Select(j => j.File).ToImmutableArray();
            SiteFolder.WriteManifest(staging, hashes);
            folder.Swap(staging);
            staging = null;
            var removed = folder.Manifest.Except(written, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            return new SiteBuildResult(folder.Root, written, removed);
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
    /// Renders and writes every file into the staging folder on all cores (renderers and the localized guide are
    /// immutable, and each file is its own). Progress is reported in the files' order as each run of them completes,
    /// and when files fail, the first of them in that order is the error thrown, so a build reports the same problem
    /// however the work was split.
    /// </summary>
    private static Dictionary<string, string> WriteAll(string staging, List<(string File, Action<Stream> Write)> jobs, IProgress<string>? progress)
    {
        var hashes = new string?[jobs.Count];
        var errors = new ExceptionDispatchInfo?[jobs.Count];
        var gate = new Lock();
        var reported = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                hashes[i] = SiteFolder.Write(staging, jobs[i].File, jobs[i].Write);
            }
#pragma warning disable CA1031 // Kept and rethrown below, in file order, with its original stack.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors[i] = ExceptionDispatchInfo.Capture(ex);
            }

            lock (gate)
            {
                while (reported < jobs.Count && (hashes[reported] is not null || errors[reported] is not null))
                {
                    if (errors[reported] is null)
                    {
                        progress?.Report(jobs[reported].File);
                    }

                    reported++;
                }
            }
        });

        Array.Find(errors, e => e is not null)?.Throw();
        var result = new Dictionary<string, string>(jobs.Count, StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            result[jobs[i].File] = hashes[i]!;
        }

        return result;
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

    /// <summary>The name of the page not found, at the site's root and in each locale's folder.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>The pages every locale's folder has, with addresses relative to it (the page not found aside).</summary>
    private static List<string> LocalePages(LocalizedGuide guide, ImmutableArray<string> audiences) =>
    [
        "index.html",
        "crisis.html",
        "about.html",
        "search.html",
        .. guide.Topics.Select(t => $"{t.Id}.html"),
        .. audiences.Select(a => $"for-{a}.html"),
    ];

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
