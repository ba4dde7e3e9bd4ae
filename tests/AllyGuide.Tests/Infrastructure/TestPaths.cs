using System.Reflection;

namespace AllyGuide.Tests.Infrastructure;

/// <summary>Where the test project, its fixtures and the repository live.</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string ContentDirectory => Path.Combine(RepositoryRoot, "content");

    public static string Fixtures => Path.Combine(ProjectDirectory, "Fixtures");

    public static string Expected => Path.Combine(ProjectDirectory, "Expected");
}
