namespace AllyGuide.Loading;

/// <summary>
/// Where a path really is, every link on it resolved, and whether it is inside a folder: how a content folder keeps
/// its reads inside itself. Internal to each assembly that compiles it: the library, and AllyGuide.Hosting, which
/// links this same file for its file-provider source rather than widen the library's public API.
/// </summary>
internal static class RealPaths
{
    /// <summary>How many links one path may pass through before it counts as a loop.</summary>
    public const int MaxLinkHops = 40;

    /// <summary>The path with every link on it resolved, or null when the links loop or lead nowhere.</summary>
    public static string? Resolve(string full) => Resolve(full, 0);

    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? Resolve(string full, int hops)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops)
                {
                    return null;
                }

                next = Resolve(Path.GetFullPath(target, current), hops);
                if (next is null)
                {
                    return null;
                }
            }

            current = next;
        }

        return current;
    }
}
