using AllyGuide.Hosting;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>
/// Each package takes only what its users need: the library no host framework, the hosting package no web framework,
/// so a console app or a worker can use the guide without ASP.NET Core.
/// </summary>
public sealed class PackageBoundaryTests
{
    [Fact]
    public void The_library_depends_on_no_host_framework()
    {
        var references = typeof(Guide).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_hosting_package_depends_on_no_web_framework()
    {
        var references = typeof(IAllyGuideProvider).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("AllyGuide", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
    }
}
