using System.IO.Compression;

namespace AllyGuide.Package.Tests;

/// <summary>The allyguide tool installed from the feed, as a user installs it, and its framework-dependent fallback.</summary>
[Collection(PackageFeedGroup.Name)]
public sealed class ToolTests(PackageFeed feed)
{
    [Fact]
    public void The_tool_installs_from_the_feed_with_native_start_up_and_builds_the_site()
    {
        var tools = feed.NewFolder("tools");
        var install = Run.Dotnet(feed, feed.Root, "tool", "install", "AllyGuide.Cli", "--tool-path", tools, "--version", feed.Version, "--add-source", feed.Directory);
        Assert.True(install.ExitCode == 0, install.Describe("dotnet tool install"));

        var command = Path.Combine(tools, "allyguide");
        var program = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        if (PackageFeed.HasNativeTool)
        {
            // The NativeAOT package was chosen: the command is a native program, not a dll started by dotnet.
            Assert.Contains($"allyguide.cli.{PackageFeed.NativeRuntime}", program, StringComparison.OrdinalIgnoreCase);
            Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], File.ReadAllBytes(program)[..4]);
        }

        var work = feed.NewFolder("site");
        var build = Run.Process(command, ["build", "--out", "_site", "--today", "2026-11-24", "--quiet"], work);
        Assert.True(build.ExitCode == 0, build.Describe("allyguide build"));
        foreach (var page in new[] { "index.html", "en/listening.html", "es/crisis.html", "ar/index.html", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(work, "_site", page)), $"the site has no {page}");
        }

        var verify = Run.Process(command, ["verify", "_site"], work);
        Assert.True(verify.ExitCode == 0, verify.Describe("allyguide verify"));
    }

    [Fact]
    public void The_framework_dependent_fallback_prints_the_same_topic_as_the_native_tool()
    {
        // Where no native package exists, `dotnet tool install` takes the "any" package: the same tool as IL.
        var folder = feed.NewFolder("fallback");
        ZipFile.ExtractToDirectory(feed.PackagePath("AllyGuide.Cli.any"), folder);
        var dll = Directory.GetFiles(folder, "AllyGuide.Cli.dll", SearchOption.AllDirectories).Single();
        var settings = File.ReadAllText(Path.Combine(Path.GetDirectoryName(dll)!, "DotnetToolSettings.xml"));
        Assert.Contains("Runner=\"dotnet\"", settings, StringComparison.Ordinal);

        var fallback = Run.Process("dotnet", [dll, "render", "listening", "--format", "text", "--locale", "es-MX"], folder);
        Assert.True(fallback.ExitCode == 0, fallback.Describe("the fallback tool"));
        Assert.Contains("800 911 2000", fallback.Output, StringComparison.Ordinal);

        if (PackageFeed.HasNativeTool && OperatingSystem.IsLinux())
        {
            var native = feed.NewFolder("native");
            ZipFile.ExtractToDirectory(feed.PackagePath("AllyGuide.Cli." + PackageFeed.NativeRuntime), native);
            var program = Directory.GetFiles(native, "AllyGuide.Cli", SearchOption.AllDirectories).Single();
            File.SetUnixFileMode(program, File.GetUnixFileMode(program) | UnixFileMode.UserExecute);
            var result = Run.Process(program, ["render", "listening", "--format", "text", "--locale", "es-MX"], native);
            Assert.True(result.ExitCode == 0, result.Describe("the native tool"));
            Assert.Equal(fallback.Output, result.Output);
        }
    }
}
