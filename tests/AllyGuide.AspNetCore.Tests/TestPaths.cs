using System.Reflection;

namespace AllyGuide.AspNetCore.Tests;

internal static class TestPaths
{
    public static string ProjectDirectory { get; } = Metadata("ProjectDirectory");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
