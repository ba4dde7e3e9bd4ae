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

    /// <summary>The date review-date checks compare against: <see cref="Today"/>, or today (UTC).</summary>
    internal DateOnly EffectiveToday => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
