using System.Collections.Concurrent;

namespace AllyGuide.Loading;

/// <summary>
/// Content in a folder on disk, such as a translator's working copy. Only files inside the folder are ever read: a
/// link (symbolic link) is followed only when everything it leads to is inside the folder, a folder link that leads
/// back up into its own path (a loop) is not followed, and a file reporting no length (empty, a pipe, a device) is
/// never opened, so nothing can hang the read or pour in endless bytes. Links that are not followed are listed in
/// <see cref="Links"/>, for validation to report.
/// </summary>
internal sealed class DirectoryContentSource : IContentSource, ILinkReport
{
    private readonly string _root;
    private readonly string _realRoot;
    private readonly string _displayRoot;
    private readonly ConcurrentDictionary<string, ContentLink> _links = new(StringComparer.Ordinal);

    public DirectoryContentSource(string root)
    {
        _displayRoot = root.TrimEnd('/', '\\');
        _root = Path.GetFullPath(root);
        // The folder itself may be reached through a link (a home folder on another disk); what counts is where it is.
        _realRoot = RealPaths.Resolve(_root) ?? _root;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<ContentLink> Links => [.. _links.Values.OrderBy(l => l.Path, StringComparer.Ordinal)];

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var full = Inside(directory, isDirectory: true);
        if (full is null || !Directory.Exists(full))
        {
            return [];
        }

        return Directory.EnumerateFiles(full)
            .Select(f => Combine(directory, Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        var full = Inside(directory, isDirectory: true);
        if (full is null || !Directory.Exists(full))
        {
            return [];
        }

        return Directory.EnumerateDirectories(full)
            .Select(d => Combine(directory, Path.GetFileName(d)))
            .Where(d => Inside(d, isDirectory: true) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool FileExists(string path) => File.Exists(Full(path));

    public long GetLength(string path) => Inside(path, isDirectory: false) is { } real ? new FileInfo(real).Length : 0;

    public Stream OpenRead(string path)
    {
        var real = Inside(path, isDirectory: false)
            ?? throw new ContentLinkException($"'{path}' is a link to {_links.GetValueOrDefault(path)?.Target ?? "a place outside the content folder"}; only files inside the content folder are read.");

        // Pipes and devices report no length; opening a pipe would wait forever and a device can pour endless bytes.
        // An empty regular file has nothing to read either.
        return new FileInfo(real).Length == 0 ? Stream.Null : new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    public string GetDisplayPath(string path) => _displayRoot.Length == 0 ? path : _displayRoot + "/" + path;

    private string Full(string path) => path.Length == 0 ? _root : Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Where <paramref name="path"/> really is, when that is inside the content folder and reaching it loops nowhere;
    /// otherwise null, with the link recorded.
    /// </summary>
    private string? Inside(string path, bool isDirectory)
    {
        if (path.Length == 0)
        {
            return _realRoot;
        }

        var full = Full(path);
        var real = RealPaths.Resolve(full);
        if (real is null)
        {
            _links.TryAdd(path, new ContentLink(path, GetDisplayPath(path), "itself, in a loop, or to nothing", Loop: true));
            return null;
        }

        if (!RealPaths.IsWithin(real, _realRoot))
        {
            _links.TryAdd(path, new ContentLink(path, GetDisplayPath(path), real, Loop: false));
            return null;
        }

        // A folder link to a folder that contains it would walk down forever.
        var parent = RealPaths.Resolve(Path.GetDirectoryName(full)!) ?? _realRoot;
        if (isDirectory && real != full && RealPaths.IsWithin(parent, real))
        {
            _links.TryAdd(path, new ContentLink(path, GetDisplayPath(path), real, Loop: true));
            return null;
        }

        return real;
    }

    private static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}

/// <summary>A source that notes the links it did not follow.</summary>
internal interface ILinkReport
{
    /// <summary>Every link not followed so far: it leads outside the content folder, loops, or leads nowhere.</summary>
    IReadOnlyCollection<ContentLink> Links { get; }
}

/// <summary>A link the content source did not follow.</summary>
/// <param name="Path">The link's path in the content folder.</param>
/// <param name="DisplayPath">The link's path as diagnostics show it.</param>
/// <param name="Target">Where it leads.</param>
/// <param name="Loop">True when it loops (or leads nowhere) rather than out of the folder.</param>
internal sealed record ContentLink(string Path, string DisplayPath, string Target, bool Loop);

/// <summary>A file was asked for that is a link out of the content folder.</summary>
internal sealed class ContentLinkException(string message) : IOException(message);
