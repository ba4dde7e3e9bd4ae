using AllyGuide.Hosting;
using AllyGuide.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using PublicApiGenerator;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>
/// The public API of AllyGuide.Hosting and AllyGuide.AspNetCore is locked like the library's: any change shows up
/// as a diff of Expected/PublicApi.*.txt for review.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages => new("AllyGuide.Hosting", "AllyGuide.AspNetCore");

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_approved(string package)
    {
        var assembly = package == "AllyGuide.Hosting"
            ? typeof(IAllyGuideProvider).Assembly
            : typeof(AllyGuideEndpointRouteBuilderExtensions).Assembly;
        Assert.Equal(package, assembly.GetName().Name);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
            // The entry points live in Microsoft namespaces by convention (AddAllyGuide, MapAllyGuide): keep them.
            DenyNamespacePrefixes = [],
        });
        Golden.Match(api, Path.Combine(TestPaths.ProjectDirectory, "Expected", $"PublicApi.{package}.txt"));
    }
}
