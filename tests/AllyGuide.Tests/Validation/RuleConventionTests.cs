using AllyGuide.Validation;

namespace AllyGuide.Tests.Validation;

/// <summary>A new check is a new rule class in Validation/; forgetting to list it fails here.</summary>
public sealed class RuleConventionTests
{
    [Fact]
    public void Every_rule_in_the_library_is_run()
    {
        var declared = typeof(Guide).Assembly.GetTypes()
            .Where(t => typeof(IValidationRule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .ToHashSet();
        var run = ContentValidator.Rules.Select(r => r.GetType()).ToHashSet();

        Assert.True(declared.Count >= 10, $"Only {declared.Count} rules found");
        Assert.Equal(declared.OrderBy(t => t.Name), run.OrderBy(t => t.Name));
        Assert.All(declared, t => Assert.StartsWith("AllyGuide.Validation", t.Namespace, StringComparison.Ordinal));
    }
}
