using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AllyGuide.Validation;

namespace AllyGuide.Loading;

/// <summary>The outcome of loading content: the guide, when one could be built, and every diagnostic found.</summary>
public sealed class LoadResult
{
    internal LoadResult(Guide? guide, ImmutableArray<Diagnostic> diagnostics)
    {
        Guide = guide;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The guide. Present whenever <c>guide.yaml</c> could be read, even with errors elsewhere (units with errors are left out);
    /// null only when no guide could be built at all.
    /// </summary>
    public Guide? Guide { get; }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when a guide was built and no diagnostic is an error.</summary>
    [MemberNotNullWhen(true, nameof(Guide))]
    public bool Success => Guide is not null && !HasErrors;
}
