using System.Collections.Immutable;
using System.Text;
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
    private static readonly Lazy<TemplateSet> EmbeddedSet = new(() => Load(ContentSource.Embedded, fallback: null));

    private TemplateSet(ImmutableDictionary<string, TemplateFile> templates, ImmutableDictionary<string, ReadOnlyMemory<byte>> assets)
    {
        Templates = templates;
        Assets = assets;
    }

    /// <summary>No templates at all, for hosts that supply every template themselves with <see cref="WithTemplate"/>.</summary>
    public static TemplateSet Empty { get; } = new(
        ImmutableDictionary<string, TemplateFile>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, ReadOnlyMemory<byte>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The templates shipped in the package.</summary>
    public static TemplateSet Embedded => EmbeddedSet.Value;

    /// <summary>Templates by name.</summary>
    public ImmutableDictionary<string, TemplateFile> Templates { get; }

    /// <summary>Static files copied to a built site, by path under <c>templates/</c> (for example <c>assets/site.css</c>).</summary>
    public ImmutableDictionary<string, ReadOnlyMemory<byte>> Assets { get; }

    /// <summary>
    /// Reads <c>templates/</c> from a content source. Templates and assets the source lacks come from the embedded set,
    /// so a translator's copy only needs the files it changes.
    /// </summary>
    public static TemplateSet Load(IContentSource source) => Load(source, Embedded);

    /// <summary>A copy with one template added or replaced.</summary>
    /// <param name="name">The template name, for example <c>html/page</c>.</param>
    /// <param name="text">The Scriban source.</param>
    public TemplateSet WithTemplate(string name, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(text);
        return new TemplateSet(Templates.SetItem(name, new TemplateFile(name, text, "template:" + name)), Assets);
    }

    /// <summary>A copy with one asset added or replaced.</summary>
    public TemplateSet WithAsset(string path, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TemplateSet(Templates, Assets.SetItem(path, content));
    }

    private static TemplateSet Load(IContentSource source, TemplateSet? fallback)
    {
        var templates = (fallback?.Templates ?? ImmutableDictionary<string, TemplateFile>.Empty.WithComparers(StringComparer.Ordinal)).ToBuilder();
        var assets = (fallback?.Assets ?? ImmutableDictionary<string, ReadOnlyMemory<byte>>.Empty.WithComparers(StringComparer.Ordinal)).ToBuilder();
        foreach (var path in Walk(source, Folder))
        {
            var relative = path[(Folder.Length + 1)..];
            var extension = TemplateExtensions.FirstOrDefault(e => relative.EndsWith(e, StringComparison.Ordinal));
            using var stream = source.OpenRead(path);
            if (extension is null)
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                assets[relative] = memory.ToArray();
                continue;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            var name = relative[..^extension.Length];
            templates[name] = new TemplateFile(name, reader.ReadToEnd(), source.GetDisplayPath(path));
        }

        return new TemplateSet(templates.ToImmutable(), assets.ToImmutable());
    }

    /// <summary>Every file below <paramref name="directory"/>, at most a few folders deep, so a symlink loop cannot recurse forever.</summary>
    private static IEnumerable<string> Walk(IContentSource source, string directory, int depth = 0) =>
        depth > 4
            ? []
            : source.EnumerateFiles(directory).Concat(source.EnumerateDirectories(directory).SelectMany(d => Walk(source, d, depth + 1)));
}

/// <summary>One template's source.</summary>
/// <param name="Name">The name templates and hosts use, for example <c>html/page</c>.</param>
/// <param name="Text">The Scriban source.</param>
/// <param name="Path">Where it came from, for diagnostics.</param>
public sealed record TemplateFile(string Name, string Text, string Path);
