using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide.Rendering;

/// <summary>
/// The Scriban templates and static assets the renderer uses, by name: <c>html/page</c>, <c>html/fragment</c>,
/// <c>html/index</c>, <c>html/crisis</c>, <c>text/topic</c> and their partials, plus <c>assets/site.css</c>.
/// Immutable; replace any template by name with <see cref="WithTemplate"/>.
/// </summary>
public sealed class TemplateSet
{
    private const string Folder = "templates";
    private static readonly string[] TemplateExtensions = [".scriban-html", ".scriban-txt", ".scriban"];
    private static readonly Lazy<TemplateSet> EmbeddedSet = new(() => Read(ContentSource.Embedded, fallback: null, LoadOptions.Default));

    private TemplateSet(ImmutableDictionary<string, TemplateFile> templates, ImmutableDictionary<string, ReadOnlyMemory<byte>> assets, ImmutableArray<Diagnostic> diagnostics)
    {
        Templates = templates;
        Assets = assets;
        Diagnostics = diagnostics;
    }

    /// <summary>No templates at all, for hosts that supply every template themselves with <see cref="WithTemplate"/>.</summary>
    public static TemplateSet Empty { get; } = new(
        ImmutableDictionary<string, TemplateFile>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, ReadOnlyMemory<byte>>.Empty.WithComparers(StringComparer.Ordinal),
        []);

    /// <summary>The templates shipped in the package.</summary>
    public static TemplateSet Embedded => EmbeddedSet.Value;

    /// <summary>Templates by name.</summary>
    public ImmutableDictionary<string, TemplateFile> Templates { get; }

    /// <summary>Static files copied to a built site, by path under <c>templates/</c> (for example <c>assets/site.css</c>).</summary>
    public ImmutableDictionary<string, ReadOnlyMemory<byte>> Assets { get; }

    /// <summary>
    /// Problems reading the template files (too large, not UTF-8, binary, unreadable). Such a file is left out, so the
    /// built-in template of the same name stays in use; a renderer made from this set reports these too.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Reads <c>templates/</c> from a content source. Templates and assets the source lacks come from the embedded set,
    /// so a translator's copy only needs the files it changes. Never throws for a bad file: see <see cref="Diagnostics"/>.
    /// </summary>
    public static TemplateSet Load(IContentSource source, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Read(source, Embedded, options ?? LoadOptions.Default);
    }

    /// <summary>A copy with one template added or replaced.</summary>
    /// <param name="name">The template name, for example <c>html/page</c>.</param>
    /// <param name="text">The Scriban source.</param>
    public TemplateSet WithTemplate(string name, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(text);
        return new TemplateSet(Templates.SetItem(name, new TemplateFile(name, text, "template:" + name)), Assets, Diagnostics);
    }

    /// <summary>A copy with one asset added or replaced.</summary>
    public TemplateSet WithAsset(string path, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TemplateSet(Templates, Assets.SetItem(path, content), Diagnostics);
    }

    private static TemplateSet Read(IContentSource source, TemplateSet? fallback, LoadOptions options)
    {
        var templates = (fallback?.Templates ?? Empty.Templates).ToBuilder();
        var assets = (fallback?.Assets ?? Empty.Assets).ToBuilder();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in Walk(source, Folder))
        {
            var relative = path[(Folder.Length + 1)..];
            var display = source.GetDisplayPath(path);
            var extension = TemplateExtensions.FirstOrDefault(e => relative.EndsWith(e, StringComparison.Ordinal));
            if (extension is null)
            {
                if (!IsPublishable(relative))
                {
                    // Dotfiles, editor backups and unknown types are never published; only unknown types are worth a word.
                    if (!IsEditorLeftover(relative))
                    {
                        diagnostics.Add(DiagnosticDescriptors.UnreadFile.At(display, 0, 0,
                            $"'{relative}' is neither a template nor a file type a site publishes ({string.Join(", ", AssetExtensions)}), so it is left out. Remove it, or rename it."));
                    }

                    continue;
                }

                if (ContentFiles.ReadBytes(source, path, display, options.MaxFileBytes, diagnostics) is { } bytes)
                {
                    assets[relative] = bytes;
                }

                continue;
            }

            if (ContentFiles.ReadText(source, path, display, options.MaxFileBytes, "template", diagnostics) is { } text)
            {
                var name = relative[..^extension.Length];
                templates[name] = new TemplateFile(name, text, display);
            }
        }

        ContentLinks.Report(source, Folder, diagnostics);
        return new TemplateSet(templates.ToImmutable(), assets.ToImmutable(), [.. diagnostics]);
    }

    /// <summary>The file types a built site publishes from <c>templates/</c>: styles, scripts, images and fonts.</summary>
    private static readonly string[] AssetExtensions = [".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".woff", ".woff2", ".js"];

    private static readonly string[] LeftoverEndings = ["~", ".swp", ".swo", ".bak", ".orig", ".rej", ".tmp"];

    /// <summary>A file a site may publish: a known asset type, not hidden, in no hidden folder.</summary>
    private static bool IsPublishable(string relative) =>
        !relative.Split('/').Any(part => part.StartsWith('.'))
        && AssetExtensions.Any(e => relative.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Hidden files and the copies editors and tools leave behind (<c>~</c>, <c>.swp</c>, <c>.bak</c>, ...).</summary>
    private static bool IsEditorLeftover(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('#'))
        || LeftoverEndings.Any(e => relative.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        || relative.Contains(".tmp-", StringComparison.Ordinal);

    /// <summary>Every file below <paramref name="directory"/>, at most a few folders deep, so a symlink loop cannot recurse forever.</summary>
    private static IEnumerable<string> Walk(IContentSource source, string directory, int depth = 0) =>
        depth > 4
            ? []
            : source.EnumerateFiles(directory).Concat(source.EnumerateDirectories(directory).SelectMany(d => Walk(source, d, depth + 1)));
}

/// <summary>One template's source.</summary>
public sealed class TemplateFile
{
    /// <summary>Creates a template file.</summary>
    /// <param name="name">The name templates and hosts use, for example <c>html/page</c>.</param>
    /// <param name="text">The Scriban source.</param>
    /// <param name="path">Where it came from, for diagnostics.</param>
    internal TemplateFile(string name, string text, string path)
    {
        Name = name;
        Text = text;
        Path = path;
    }

    /// <summary>The name templates and hosts use, for example <c>html/page</c>.</summary>
    public string Name { get; }

    /// <summary>The Scriban source.</summary>
    public string Text { get; }

    /// <summary>Where it came from, for diagnostics.</summary>
    public string Path { get; }
}
