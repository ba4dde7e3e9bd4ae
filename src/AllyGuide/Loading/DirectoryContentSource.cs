namespace AllyGuide.Loading;

/// <summary>Content in a folder on disk, such as a translator's working copy.</summary>
internal sealed class DirectoryContentSource : IContentSource
{
    private readonly string _root;
    private readonly string _displayRoot;

    public DirectoryContentSource(string root)
    {
        _displayRoot = root.TrimEnd('/', '\\');
        _root = Path.GetFullPath(root);
    }

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var full = Full(directory);
        if (!Directory.Exists(full))
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
        var full = Full(directory);
        if (!Directory.Exists(full))
        {
            return [];
        }

        return Directory.EnumerateDirectories(full)
            .Select(d => Combine(directory, Path.GetFileName(d)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool FileExists(string path) => File.Exists(Full(path));

    public long GetLength(string path) => new FileInfo(Full(path)).Length;

    public Stream OpenRead(string path) => File.OpenRead(Full(path));

    public string GetDisplayPath(string path) => _displayRoot.Length == 0 ? path : _displayRoot + "/" + path;

    private string Full(string path) => path.Length == 0 ? _root : Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));

    private static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;
}
