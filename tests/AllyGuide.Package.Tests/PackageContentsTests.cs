using System.Xml.Linq;

namespace AllyGuide.Package.Tests;

/// <summary>What a package page and a package consumer see: license, icon, README, release notes, sources, symbols.</summary>
[Collection(PackageFeedGroup.Name)]
public sealed class PackageContentsTests(PackageFeed feed)
{
    public static TheoryData<string> Packages
    {
        get
        {
            var ids = new TheoryData<string>("AllyGuide", "AllyGuide.Hosting", "AllyGuide.AspNetCore", "AllyGuide.Cli", "AllyGuide.Cli.any");
            if (PackageFeed.HasNativeTool)
            {
                ids.Add("AllyGuide.Cli." + PackageFeed.NativeRuntime);
            }

            return ids;
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_package_carries_its_license_icon_readme_tags_and_source_link(string id)
    {
        var nuspec = feed.Nuspec(id);
        var files = feed.Files(id);

        var license = Element(nuspec, "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal(id.StartsWith("AllyGuide.Cli", StringComparison.Ordinal) || id == "AllyGuide" ? "MIT AND CC-BY-4.0" : "MIT", license.Value);
        Assert.Equal("icon.png", Element(nuspec, "icon").Value);
        Assert.Contains("icon.png", files);
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "tags").Value), "no tags");
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description").Value), "no description");

        // SourceLink: the repository and the exact commit the package was built from.
        var repository = Element(nuspec, "repository");
        Assert.Equal("https://github.com/allyguide/allyguide", repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");

        Assert.True(File.Exists(feed.PackagePath(id, "snupkg")), $"{id} has no symbol package");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_package_page_shows_a_readme_written_for_that_package(string id)
    {
        var nuspec = feed.Nuspec(id);
        Assert.Equal("README.md", Element(nuspec, "readme").Value);
        var readme = ReadEntry(id, "README.md");
        var project = id.StartsWith("AllyGuide.Cli", StringComparison.Ordinal) ? "AllyGuide.Cli" : id;
        Assert.Equal(File.ReadAllText(Path.Combine(Run.RepositoryRoot, "src", project, "README.md")), readme);

        // Relative links break on a package page.
        Assert.DoesNotMatch(@"\]\((?!https?://|mailto:|#)", readme);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Release_notes_are_the_changelog_section_of_the_release(string id)
    {
        var notes = Element(feed.Nuspec(id), "releaseNotes").Value.Replace("\r\n", "\n", StringComparison.Ordinal);
        var changelog = File.ReadAllText(Path.Combine(Run.RepositoryRoot, "CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var heading = changelog.Contains($"## [{feed.Version}]", StringComparison.Ordinal) ? $"## [{feed.Version}]" : "## [Unreleased]";
        var start = changelog.IndexOf(heading, StringComparison.Ordinal) + heading.Length;
        var end = changelog.IndexOf("\n## [", start, StringComparison.Ordinal);
        var section = changelog[start..(end < 0 ? changelog.Length : end)].Trim();

        Assert.StartsWith(section, notes, StringComparison.Ordinal);
        Assert.EndsWith("https://github.com/allyguide/allyguide/blob/main/CHANGELOG.md", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_carries_the_content_license_and_points_at_a_native_package_and_a_fallback()
    {
        Assert.Contains("content-LICENSE.md", feed.Files("AllyGuide.Cli"));
        Assert.Contains("content-LICENSE.md", feed.Files("AllyGuide"));

        var settings = XDocument.Parse(ReadEntry("AllyGuide.Cli", "tools/any/any/DotnetToolSettings.xml")).Root!;
        var runtimes = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(e => e.Attribute("RuntimeIdentifier")!.Value, e => e.Attribute("Id")!.Value);
        Assert.Equal(new Dictionary<string, string>
        {
            [PackageFeed.NativeRuntime] = "AllyGuide.Cli." + PackageFeed.NativeRuntime,
            ["any"] = "AllyGuide.Cli.any",
        }, runtimes);

        // Every runtime the pointer names must have its package in the release, or installing there fails.
        Assert.All(runtimes.Values.Where(_ => PackageFeed.HasNativeTool), p => Assert.True(File.Exists(feed.PackagePath(p)), p));
    }

    private string ReadEntry(string id, string name)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(feed.PackagePath(id));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Element(XElement nuspec, string name) =>
        nuspec.Descendants().SingleOrDefault(e => e.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{name}>.");
}
