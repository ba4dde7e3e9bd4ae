using AllyGuide.Loading;
using Microsoft.Extensions.FileProviders;

namespace AllyGuide.Hosting;

/// <summary>
/// Content read through an <see cref="IFileProvider"/>, with the rules a content folder on disk has. Paths are checked
/// before the provider sees them: no <c>..</c>, no rooted path, no backslash or control character, so nothing above
/// the provider's root is asked for. A file or folder the provider maps to disk is used only when its real place,
/// links resolved, is inside the root (for a <see cref="PhysicalFileProvider"/>) or when it is not a link itself (for
/// any other provider); anything else is left out, and reading it fails with a message the load reports. A file
/// reporting no length (empty, a pipe, a device) is never opened. The loader bounds every read by
/// <c>LoadOptions.MaxFileBytes</c>, whatever length the provider reports.
/// </summary>
public sealed class FileProviderContentSource : IContentSource
{
    private readonly IFileProvider _provider;
    private readonly string _displayRoot;
    private readonly string? _realRoot;

    /// <summary>Reads content through <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider; its root is the content folder (the folder holding <c>guide.yaml</c>).</param>
    /// <param name="displayRoot">How diagnostics name the root, for example <c>content</c>; null uses the provider's root folder where it has one.</param>
    public FileProviderContentSource(IFileProvider provider, string? displayRoot = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
        if (provider is PhysicalFileProvider physical)
        {
            _realRoot = RealPaths.Resolve(Path.GetFullPath(physical.Root)) ?? Path.GetFullPath(physical.Root);
        }

        _displayRoot = (displayRoot ?? (provider as PhysicalFileProvider)?.Root ?? "").TrimEnd('/', '\\');
    }

    /// <inheritdoc />
    public IEnumerable<string> EnumerateFiles(string directory) => Entries(directory, directories: false);

    /// <inheritdoc />
    public IEnumerable<string> EnumerateDirectories(string directory) => Entries(directory, directories: true);

    /// <inheritdoc />
    public bool FileExists(string path) => IsSafePath(path) && _provider.GetFileInfo(path) is { Exists: true, IsDirectory: false } info && IsInside(info);

    /// <inheritdoc />
    public long GetLength(string path) =>
        IsSafePath(path) && _provider.GetFileInfo(path) is { Exists: true, IsDirectory: false } info && IsInside(info) ? Math.Max(0, info.Length) : 0;

    /// <inheritdoc />
    public Stream OpenRead(string path)
    {
        if (!IsSafePath(path))
        {
            throw new IOException($"'{path}' is not a path inside the content folder; only files inside it are read.");
        }

        var info = _provider.GetFileInfo(path);
        if (!info.Exists || info.IsDirectory)
        {
            throw new FileNotFoundException($"The file '{GetDisplayPath(path)}' does not exist.", GetDisplayPath(path));
        }

        if (!IsInside(info))
        {
            throw new IOException($"'{path}' is a link that leads outside the content folder, loops or leads nowhere; only files inside the content folder are read.");
        }

        // Pipes and devices report no length; an empty regular file has nothing to read either.
        return info.Length == 0 ? Stream.Null : info.CreateReadStream();
    }

    /// <inheritdoc />
    public string GetDisplayPath(string path) => _displayRoot.Length == 0 ? path : _displayRoot + "/" + path;

    /// <summary>
    /// True for a relative path of plain segments: no <c>..</c> or <c>.</c>, no empty segment, no rooted path,
    /// backslash, colon or control character. The root itself is <c>""</c>.
    /// </summary>
    internal static bool IsSafePath(string? path)
    {
        if (path is null)
        {
            return false;
        }

        if (path.Length == 0)
        {
            return true;
        }

        if (path.Any(c => char.IsControl(c) || c is '\\' or ':') || path.StartsWith('/') || Path.IsPathRooted(path))
        {
            return false;
        }

        return path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
    }

    private List<string> Entries(string directory, bool directories)
    {
        if (!IsSafePath(directory))
        {
            return [];
        }

        var contents = _provider.GetDirectoryContents(directory);
        if (!contents.Exists)
        {
            return [];
        }

        return [.. contents
            .Where(entry => entry.IsDirectory == directories && IsSafePath(entry.Name) && !entry.Name.Contains('/', StringComparison.Ordinal) && IsInside(entry))
            .Select(entry => directory.Length == 0 ? entry.Name : directory + "/" + entry.Name)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether an entry the provider maps to disk stays inside the content folder once links are resolved.</summary>
    private bool IsInside(IFileInfo info)
    {
        if (info.PhysicalPath is not { } physical)
        {
            // Not on disk (embedded, in memory): the provider's own namespace, nothing to escape through.
            return true;
        }

        if (_realRoot is null)
        {
            return new FileInfo(physical).LinkTarget is null && new DirectoryInfo(physical).LinkTarget is null;
        }

        return RealPaths.Resolve(Path.GetFullPath(physical)) is { } real && RealPaths.IsWithin(real, _realRoot);
    }
}
