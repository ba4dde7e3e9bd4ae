using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Validation;

namespace AllyGuide;

public sealed partial class Guide
{
    private static readonly Lazy<Guide> Embedded = new(
        // The built-in guide passes every editorial lint when the package is built (a test and CI's strict validate
        // hold it to that), so loading it skips them.
        () => Load(ContentSource.Embedded, LoadOptions.Default with { EditorialLints = false }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The guide shipped inside the package. Loaded once, then shared.</summary>
    /// <exception cref="GuideContentException">Never for a released package: its content is validated when it is built.</exception>
    public static Guide LoadEmbedded() => Embedded.Value;

    /// <summary>
    /// Loads content and checks it (every rule but the template checks of <see cref="Validate"/>). Never throws for bad
    /// content: problems come back as diagnostics, ordered by file, line and column.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static LoadResult TryLoad(IContentSource source, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= LoadOptions.Default;
        var loaded = ContentLoader.Load(source, options, cancellationToken);
        var diagnostics = loaded.Diagnostics.AddRange(ContentValidator.Validate(loaded, options));
        return new LoadResult(loaded.Content is { } content ? new Guide(content) : null, Sorted(diagnostics), loaded.SourceMap);
    }

    /// <summary>Loads content, throwing one exception that carries every diagnostic when there is any error.</summary>
    /// <exception cref="GuideContentException">The content has errors.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Guide Load(IContentSource source, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = TryLoad(source, options, cancellationToken);
        return result.Success ? result.Guide : throw new GuideContentException(result.Diagnostics);
    }

    /// <summary>
    /// Checks everything a content folder holds, content and templates, and returns every diagnostic,
    /// ordered by file, line and column. This is what <c>allyguide validate</c> reports.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ImmutableArray<Diagnostic> Validate(IContentSource source, LoadOptions? options = null, CancellationToken cancellationToken = default) =>
        ContentFolder.FromSource(source).Validate(options, cancellationToken);

    internal static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Order(Diagnostic.FileOrder)];
}
