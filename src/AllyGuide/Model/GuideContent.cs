using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>
/// Everything a content folder says, as written: the declarations of <c>guide.yaml</c> and each locale's own units,
/// before any fallback. Immutable. Model objects are compared by reference: two loads of the same files give
/// distinct objects (compare <see cref="Version"/>, ids or the source map's content hash instead).
/// </summary>
public sealed class GuideContent
{
    internal GuideContent()
    {
    }

    /// <summary>The content schema version the guide was written in.</summary>
    public int Schema { get; internal init; }

    /// <summary>The content's own semantic version.</summary>
    public ContentVersion Version { get; internal init; } = null!;

    /// <summary>The locale every other locale falls back to.</summary>
    public string DefaultLocale { get; internal init; } = "";

    /// <summary>The locales <c>guide.yaml</c> declares, in order.</summary>
    public ImmutableArray<LocaleInfo> Locales { get; internal init; } = [];

    /// <summary>Topic ids in reading order, as written: they may name a topic that does not exist (a validation error).</summary>
    public ImmutableArray<string> TopicOrder { get; internal init; } = [];

    /// <summary>The "start here" reading path, as written.</summary>
    public ImmutableArray<string> StartHere { get; internal init; } = [];

    /// <summary>The topic on what to do in a crisis, which the crisis box and the crisis page link to, as written; null for none.</summary>
    public string? CrisisTopic { get; internal init; }

    /// <summary>The crisis services of every region, kept once for all locales; null when <c>crisis.yaml</c> could not be read.</summary>
    public CrisisRegistry? Crisis { get; internal init; }

    /// <summary>What each declared locale itself defines, by locale code (case-insensitive).</summary>
    public ImmutableDictionary<string, LocaleContent> ByLocale { get; internal init; } =
        ImmutableDictionary<string, LocaleContent>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default locale's content, which defines the structure every translation follows.</summary>
    public LocaleContent Defaults => ByLocale[DefaultLocale];
}
