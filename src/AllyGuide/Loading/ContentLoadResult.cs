using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Loading;

/// <summary>
/// What the load stage read: the content model, where each value was written, and the diagnostics of reading and shape
/// (syntax, size, encoding, unknown keys, missing fields, wrong types). Judging the content is the validation stage's work.
/// </summary>
public sealed class ContentLoadResult
{
    internal ContentLoadResult(IContentSource source, GuideContent? content, SourceMap sourceMap, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Content = content;
        SourceMap = sourceMap;
        Diagnostics = diagnostics;
    }

    /// <summary>Where the content came from.</summary>
    public IContentSource Source { get; }

    /// <summary>The content, whenever <c>guide.yaml</c> could be read; units that could not be read are left out.</summary>
    public GuideContent? Content { get; }

    /// <summary>Where every value was written.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>The problems found while reading, in the order they were found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
