using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AllyGuide.Package.Tests;

/// <summary>
/// Packs every package of the repository once into a folder feed, as a release would: the library packages, the
/// tool's pointer package, its NativeAOT package for this machine's runtime and its framework-dependent fallback.
/// Everything lives in a temporary folder deleted at the end, with a package cache of its own.
/// </summary>
public sealed partial class PackageFeed : IDisposable
{
    /// <summary>The runtime the tool ships a NativeAOT package for (the tool's ToolPackageRuntimeIdentifiers, less "any").</summary>
    public const string NativeRuntime = "linux-x64";

    public PackageFeed()
    {
        Root = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "allyguide-package-tests", Guid.NewGuid().ToString("N"))).FullName;
        // ALLYGUIDE_PACKAGE_FEED keeps the packages after the tests (CI publishes them from there); it must be empty
        // or hold only earlier packages, which packing overwrites.
        var keep = System.Environment.GetEnvironmentVariable("ALLYGUIDE_PACKAGE_FEED");
        Directory = System.IO.Directory.CreateDirectory(string.IsNullOrEmpty(keep) ? Path.Combine(Root, "feed") : Path.GetFullPath(keep)).FullName;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        Pack("AllyGuide.sln");
        if (HasNativeTool)
        {
            Pack("src/AllyGuide.Cli", "-r", NativeRuntime);
        }

        Pack("src/AllyGuide.Cli", "-r", "any", "-p:PublishAot=false");

        var library = System.IO.Directory.GetFiles(Directory, "AllyGuide.*.nupkg")
            .Select(f => (File: f, Match: LibraryPackage().Match(Path.GetFileName(f))))
            .Where(p => p.Match.Success)
            .OrderByDescending(p => File.GetLastWriteTimeUtc(p.File))
            .First();
        Version = library.Match.Groups[1].Value;

        // Projects standing for someone else's app find the feed through this file, and the registry through the
        // machine's own NuGet configuration.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="allyguide-feed" value="{Directory}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The temporary folder: the feed, the package cache, and the projects the tests make.</summary>
    public string Root { get; }

    /// <summary>The folder feed holding the packed packages.</summary>
    public string Directory { get; }

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>Environment for dotnet commands that use the feed: a package cache of their own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Whether this machine's runtime has a NativeAOT tool package.</summary>
    public static bool HasNativeTool => RuntimeInformation.RuntimeIdentifier == NativeRuntime;

    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Directory, $"{id}.{Version}.{extension}");

    /// <summary>The nuspec of a package, parsed.</summary>
    public XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        var entry = zip.Entries.Single(e => e.FullName == id + ".nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    /// <summary>The names of the files in a package.</summary>
    public IReadOnlyList<string> Files(string id)
    {
        using var zip = ZipFile.OpenRead(PackagePath(id));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>A new folder under the temporary root.</summary>
    public string NewFolder(string name) => System.IO.Directory.CreateDirectory(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover in the temporary folder harms nothing.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Pack(string project, params string[] extra)
    {
        // ContinuousIntegrationBuild: deterministic paths in the symbols (/_/ for the repository), as a release build.
        var result = Run.Process("dotnet", ["pack", project, "-c", "Release", "-o", Directory, "-p:ContinuousIntegrationBuild=true", .. extra], Run.RepositoryRoot);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe("dotnet pack " + project));
        }
    }

    [GeneratedRegex(@"^AllyGuide\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)\.nupkg$")]
    private static partial Regex LibraryPackage();
}

[CollectionDefinition(Name)]
public sealed class PackageFeedGroup : ICollectionFixture<PackageFeed>
{
    public const string Name = "packages";
}
