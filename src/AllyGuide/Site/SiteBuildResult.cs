using System.Collections.Immutable;

namespace AllyGuide.Site;

/// <summary>What a site build wrote.</summary>
public sealed class SiteBuildResult
{
    internal SiteBuildResult(string outputDirectory, ImmutableArray<string> files, ImmutableArray<string> removed)
    {
        OutputDirectory = outputDirectory;
        Files = files;
        Removed = removed;
    }

    /// <summary>The full path of the site folder.</summary>
    public string OutputDirectory { get; }

    /// <summary>Every file the build wrote, relative to the folder, with '/' separators.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Files an earlier build wrote that this build no longer produces, and so removed.</summary>
    public ImmutableArray<string> Removed { get; }

    /// <summary>The path of the index page.</summary>
    public string IndexPath => Path.Combine(OutputDirectory, "index.html");
}
