namespace AllyGuide.Loading;

/// <summary>Limits and switches for loading and checking content. Immutable; vary it with <c>with</c>.</summary>
public sealed record LoadOptions
{
    /// <summary>The defaults: 1 MiB per file, 32 levels of nesting, today's date.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Files larger than this are rejected before parsing.</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deeper nesting is rejected; content files need about six levels.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>
    /// The date review-date checks compare against; null means today (UTC).
    /// Set it to make validation output reproducible.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// Whether loading runs the editorial lints: plain language and safe wording (the wording rules and readability
    /// scores: AG0101 to AG0105, in English and Spanish). True by default. Some are errors (wording that is unsafe
    /// in health content), so turn them off only for content already checked: the built-in guide, which passes them
    /// when the package is built, loads without them. They are the costliest checks and change nothing in what is
    /// rendered. Validation (<c>ContentFolder.Validate</c>, <c>allyguide validate</c>) always runs them.
    /// </summary>
    public bool EditorialLints { get; init; } = true;

    /// <summary>The date review-date checks compare against: <see cref="Today"/>, or today (UTC).</summary>
    internal DateOnly EffectiveToday => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
