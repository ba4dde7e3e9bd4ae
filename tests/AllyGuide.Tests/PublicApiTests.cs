using AllyGuide.Tests.Infrastructure;
using PublicApiGenerator;

namespace AllyGuide.Tests;

/// <summary>The public API is locked: any change shows up as a diff of Expected/PublicApi.txt for review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_approved()
    {
        var api = typeof(Guide).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Golden.Match(api, Path.Combine(TestPaths.Expected, "PublicApi.txt"));
    }
}
