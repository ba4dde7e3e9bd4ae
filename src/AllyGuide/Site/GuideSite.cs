using System.Collections.Immutable;
using System.Text;
using AllyGuide.Rendering;

namespace AllyGuide.Site;

/// <summary>
/// Builds the static guide site: <c>index.html</c>, one page per topic, <c>crisis.html</c> and the assets.
/// Pages are rendered straight to disk one at a time. The folder must be new, empty, or a site an earlier build made:
/// a manifest records what AllyGuide wrote, and only those files are ever replaced or removed.
/// </summary>
public static class GuideSite
{
    /// <summary>The name of the manifest a build leaves in the site folder.</summary>
    public const string ManifestName = ".allyguide-site";

    private const string ManifestHeader = "# Files written by allyguide build. Only these are replaced or removed by the next build.";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds the site for <paramref name="guide"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="guide">The guide to publish.</param>
    /// <param name="outputDirectory">The site folder; created when missing.</param>
    /// <param name="options">Locale and renderer options.</param>
    /// <param name="progress">Told the relative path of each file as it is written.</param>
    /// <exception cref="SiteOutputException">The folder holds files AllyGuide did not write, or cannot be written.</exception>
    /// <exception cref="GuideTemplateException">A template failed.</exception>
    public static SiteBuildResult Build(Guide guide, string outputDirectory, SiteOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        options ??= SiteOptions.Default;
        var root = Path.GetFullPath(outputDirectory);
        var previous = ReadManifest(root);

        var renderer = new GuideRenderer(options.Renderer with
        {
            TopicUrl = "{id}.html",
            IndexUrl = "index.html",
            CrisisUrl = "crisis.html",
            StylesheetUrl = "assets/site.css",
        });
        var localized = guide.Localize(options.Locale);
        var planned = new List<string> { "index.html", "crisis.html" };
        planned.AddRange(localized.Topics.Select(t => t.Id + ".html"));
        planned.AddRange(renderer.Options.Templates.Assets.Keys.Order(StringComparer.Ordinal));

        foreach (var file in planned)
        {
            var full = FullPath(root, file);
            if (File.Exists(full) && !previous.Contains(file))
            {
                throw new SiteOutputException($"'{full}' already exists and was not written by allyguide build. Move it away or choose another output folder.");
            }
        }

        try
        {
            Directory.CreateDirectory(root);
            // Record everything this build may write before writing it, so an interrupted build can be resumed safely.
            WriteManifest(root, previous.Union(planned, StringComparer.Ordinal));

            var written = ImmutableArray.CreateBuilder<string>();
            void Page(string file, Action<TextWriter> render)
            {
                WriteAtomically(root, file, stream =>
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

            foreach (var (name, content) in renderer.Options.Templates.Assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                WriteAtomically(root, name, stream => stream.Write(content.Span));
                written.Add(name);
                progress?.Report(name);
            }

            var removed = previous.Except(written, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            foreach (var stale in removed)
            {
                File.Delete(FullPath(root, stale));
            }

            WriteManifest(root, written);
            return new SiteBuildResult(root, written.ToImmutable(), removed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteOutputException($"Could not write the site to '{root}': {ex.Message}", ex);
        }
    }

    /// <summary>The files an earlier build recorded; refuses a non-empty folder without a manifest.</summary>
    private static HashSet<string> ReadManifest(string root)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(root))
        {
            throw new SiteOutputException($"'{root}' is a file, not a folder. Choose another output folder.");
        }

        if (!Directory.Exists(root))
        {
            return files;
        }

        var manifest = Path.Combine(root, ManifestName);
        if (!File.Exists(manifest))
        {
            if (Directory.EnumerateFileSystemEntries(root).Any())
            {
                throw new SiteOutputException($"'{root}' is not empty and was not created by allyguide build. Choose an empty or new folder, so nothing in it is overwritten.");
            }

            return files;
        }

        foreach (var line in File.ReadAllLines(manifest, Utf8))
        {
            var entry = line.Trim();
            // Only plain relative paths inside the folder count; anything else in a hand-edited manifest is ignored.
            if (entry.Length > 0 && !entry.StartsWith('#') && !entry.Contains("..", StringComparison.Ordinal) && !Path.IsPathRooted(entry))
            {
                files.Add(entry);
            }
        }

        return files;
    }

    private static void WriteManifest(string root, IEnumerable<string> files) =>
        WriteAtomically(root, ManifestName, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
            writer.WriteLine(ManifestHeader);
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                writer.WriteLine(file);
            }
        });

    /// <summary>Writes to a temporary file beside the target, then moves it into place, so readers never see half a page.</summary>
    private static void WriteAtomically(string root, string relative, Action<Stream> write)
    {
        var target = FullPath(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string FullPath(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
