namespace AllyGuide.Testing;

/// <summary>
/// A folder of its own for one test, deleted afterwards. Compiled into each test project that needs it (a linked
/// file), so they share one copy.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "allyguide-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The repository's root: the first folder above the tests' build output holding AllyGuide.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A copy of the repository's content folder, to break or edit one file at a time.</summary>
    public string CopyOfContent()
    {
        var from = System.IO.Path.Combine(RepositoryRoot, "content");
        var to = Combine("content");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Harmless leftover.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "AllyGuide.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run from inside the repository; no AllyGuide.sln was found above " + AppContext.BaseDirectory);
    }
}
