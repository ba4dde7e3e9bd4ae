namespace AllyGuide.Package.Tests;

/// <summary>
/// The AOT smoke app (tests/AllyGuide.AotSmoke) published with NativeAOT, warnings as errors, writes the same bytes
/// for every topic in every locale and format, every audience page and the whole site as its JIT build.
/// </summary>
[Collection(PackageFeedGroup.Name)]
public sealed class NativeAotTests(PackageFeed feed)
{
    [Fact]
    public void The_NativeAOT_build_renders_everything_exactly_as_the_JIT_build()
    {
        var project = Path.Combine(Run.RepositoryRoot, "tests", "AllyGuide.AotSmoke");
        var aot = feed.NewFolder("aot");
        var jit = feed.NewFolder("jit");
        var publishAot = Run.Process("dotnet", ["publish", project, "-c", "Release", "-r", PackageFeed.NativeRuntime, "-o", aot, "-p:TreatWarningsAsErrors=true"], Run.RepositoryRoot);
        Assert.True(publishAot.ExitCode == 0, publishAot.Describe("dotnet publish (NativeAOT)"));
        // Trimming and AOT analysis warnings (IL2xxx, IL3xxx) would be errors; none may even be printed.
        Assert.DoesNotMatch(@"warning IL\d{4}", publishAot.Output);
        var publishJit = Run.Process("dotnet", ["publish", project, "-c", "Release", "-p:PublishAot=false", "-o", jit], Run.RepositoryRoot);
        Assert.True(publishJit.ExitCode == 0, publishJit.Describe("dotnet publish (JIT)"));
        Assert.False(File.Exists(Path.Combine(aot, "AllyGuide.AotSmoke.dll")), "the AOT publish left IL to run");

        var fromAot = feed.NewFolder("from-aot");
        var fromJit = feed.NewFolder("from-jit");
        var native = Run.Process(Path.Combine(aot, "AllyGuide.AotSmoke"), [fromAot], aot);
        Assert.True(native.ExitCode == 0, native.Describe("the NativeAOT app"));
        var managed = Run.Process("dotnet", [Path.Combine(jit, "AllyGuide.AotSmoke.dll"), fromJit], jit);
        Assert.True(managed.ExitCode == 0, managed.Describe("the JIT app"));
        Assert.Equal(managed.Output, native.Output);

        var aotFiles = Files(fromAot);
        var jitFiles = Files(fromJit);
        Assert.Equal(jitFiles, aotFiles);
        Assert.True(aotFiles.Count > 300, $"only {aotFiles.Count} files were rendered");
        Assert.Contains("renders/ar/listening.json", aotFiles);
        Assert.All(aotFiles, file => Assert.True(
            File.ReadAllBytes(Path.Combine(fromAot, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fromJit, file))),
            $"{file} differs between the NativeAOT and JIT builds"));
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
