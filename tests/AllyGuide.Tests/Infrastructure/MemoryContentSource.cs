using AllyGuide.Loading;

namespace AllyGuide.Tests.Infrastructure;

/// <summary>A content folder held in memory: the shipped content's files with some replaced, for property tests that load thousands of variants.</summary>
internal sealed class MemoryContentSource(IReadOnlyDictionary<string, byte[]> files) : IContentSource
{
    /// <summary>Every file of a source, read once.</summary>
    public static Dictionary<string, byte[]> ReadAll(IContentSource source)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        void Walk(string directory)
        {
            foreach (var file in source.EnumerateFiles(directory))
            {
                using var stream = source.OpenRead(file);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                files[file] = memory.ToArray();
            }

            foreach (var folder in source.EnumerateDirectories(directory))
            {
                Walk(folder);
            }
        }

        Walk("");
        return files;
    }

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        return files.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.IndexOf('/', prefix.Length) < 0).Order(StringComparer.Ordinal);
    }

    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        return files.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.IndexOf('/', prefix.Length) > 0)
            .Select(f => f[..f.IndexOf('/', prefix.Length)]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    public bool FileExists(string path) => files.ContainsKey(path);

    public long GetLength(string path) => files[path].Length;

    public Stream OpenRead(string path) => new MemoryStream(files[path], writable: false);

    public string GetDisplayPath(string path) => "memory:" + path;
}
