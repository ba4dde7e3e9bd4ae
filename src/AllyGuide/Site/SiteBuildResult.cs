using System.Collections.Immutable;

namespace AllyGuide.Site;

/// <summary>What a site build wrote.</summary>
/// <param name="OutputDirectory">The full path of the site folder.</param>
/// <param name="Files">Every file the build wrote, relative to the folder, with '/' separators.</param>
/// <param name="Removed">Files an earlier build wrote that this build no longer produces, and so removed.</param>
public sealed record SiteBuildResult(string OutputDirectory, ImmutableArray<string> Files, ImmutableArray<string> Removed)
{
    /// <summary>The path of the index page.</summary>
    public string IndexPath => Path.Combine(OutputDirectory, "index.html");
}
