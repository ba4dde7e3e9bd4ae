using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>The people a topic can be for.</summary>
public static class Audiences
{
    /// <summary>Every audience tag a topic may carry, in the order the guide lists them.</summary>
    public static ImmutableArray<string> All { get; } = ["family", "friend", "partner", "parent", "coworker", "manager", "teacher", "professional"];
}
