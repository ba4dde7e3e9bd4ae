using AllyGuide.Loading;

namespace AllyGuide.Hosting;

/// <summary>
/// The content source with a templates folder laid over its <c>templates/</c>: a file in the folder wins over the
/// content's file of the same name, and every other file is the content's. Read only for templates.
/// </summary>
internal sealed class TemplateOverlaySource(IContentSource content, IContentSource templates) : IContentSource
{
    private const string Folder = "templates";

    public IEnumerable<string> EnumerateFiles(string directory) =>
        Map(directory) is { } inner
            ? templates.EnumerateFiles(inner).Select(Unmap).Union(content.EnumerateFiles(directory), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : content.EnumerateFiles(directory);

    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        var own = content.EnumerateDirectories(directory);
        if (directory.Length == 0)
        {
            return own.Append(Folder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }

        return Map(directory) is { } inner
            ? templates.EnumerateDirectories(inner).Select(Unmap).Union(own, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : own;
    }

    public bool FileExists(string path) => (Map(path) is { } inner && templates.FileExists(inner)) || content.FileExists(path);

    public long GetLength(string path) => Map(path) is { } inner && templates.FileExists(inner) ? templates.GetLength(inner) : content.GetLength(path);

    public Stream OpenRead(string path) => Map(path) is { } inner && templates.FileExists(inner) ? templates.OpenRead(inner) : content.OpenRead(path);

    public string GetDisplayPath(string path) => Map(path) is { } inner && templates.FileExists(inner) ? templates.GetDisplayPath(inner) : content.GetDisplayPath(path);

    /// <summary>The path in the templates folder for a path under <c>templates/</c>, or null.</summary>
    private static string? Map(string path) =>
        path == Folder ? "" : path.StartsWith(Folder + "/", StringComparison.Ordinal) ? path[(Folder.Length + 1)..] : null;

    private static string Unmap(string inner) => inner.Length == 0 ? Folder : Folder + "/" + inner;
}
