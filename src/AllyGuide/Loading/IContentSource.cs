namespace AllyGuide.Loading;

/// <summary>
/// Where content files come from: the assembly's embedded resources, a folder, or anything a host provides.
/// Paths are relative to the content root and always use '/'.
/// </summary>
public interface IContentSource
{
    /// <summary>Lists the files directly inside <paramref name="directory"/> (for example <c>en/topics</c>); empty when it does not exist.</summary>
    IEnumerable<string> EnumerateFiles(string directory);

    /// <summary>Lists the sub-folders directly inside <paramref name="directory"/> (the root is <c>""</c>).</summary>
    IEnumerable<string> EnumerateDirectories(string directory);

    /// <summary>True when the file exists.</summary>
    bool FileExists(string path);

    /// <summary>The file's size in bytes, read without opening it where possible.</summary>
    long GetLength(string path);

    /// <summary>Opens the file for reading.</summary>
    Stream OpenRead(string path);

    /// <summary>How diagnostics name the file to a person, for example <c>content/en/topics/listening.yaml</c>.</summary>
    string GetDisplayPath(string path);
}
