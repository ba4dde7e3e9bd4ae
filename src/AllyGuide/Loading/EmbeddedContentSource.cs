using System.Reflection;

namespace AllyGuide.Loading;

/// <summary>The content folder compiled into the AllyGuide assembly as resources named <c>content/...</c>.</summary>
internal sealed class EmbeddedContentSource : IContentSource
{
    private const string Prefix = "content/";
    private readonly Assembly _assembly;
    private readonly HashSet<string> _files;

    public EmbeddedContentSource(Assembly assembly)
    {
        _assembly = assembly;
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        return _files
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.IndexOf('/', prefix.Length) < 0)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        return _files
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.IndexOf('/', prefix.Length) > 0)
            .Select(f => f[..f.IndexOf('/', prefix.Length)])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool FileExists(string path) => _files.Contains(path);

    public long GetLength(string path)
    {
        using var stream = OpenRead(path);
        return stream.Length;
    }

    public Stream OpenRead(string path) =>
        _assembly.GetManifestResourceStream(Prefix + path)
        ?? _assembly.GetManifestResourceStream(Prefix + path.Replace('/', '\\'))
        ?? throw new FileNotFoundException($"The embedded content has no file '{path}'.", path);

    public string GetDisplayPath(string path) => "embedded:content/" + path;
}
