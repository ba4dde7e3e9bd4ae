using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide;

/// <summary>The outcome of loading content: the guide, when one could be built, and every diagnostic found.</summary>
public sealed class LoadResult
{
    internal LoadResult(Guide? guide, ImmutableArray<Diagnostic> diagnostics, SourceMap sourceMap)
    {
        Guide = guide;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
    }

    /// <summary>
    /// The guide. Present whenever <c>guide.yaml</c> could be read, even with errors elsewhere (units that could not be
    /// read are left out); null only when no guide could be built at all. Publish only a guide without errors.
    /// </summary>
    public Guide? Guide { get; }

    /// <summary>Every problem found, ordered by file, line and column.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Where every value was written.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when a guide was built and no diagnostic is an error.</summary>
    [MemberNotNullWhen(true, nameof(Guide))]
    public bool Success => Guide is not null && !HasErrors;
}
