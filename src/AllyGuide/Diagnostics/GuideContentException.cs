using System.Collections.Immutable;

namespace AllyGuide.Diagnostics;

/// <summary>
/// Thrown by the convenience loaders when content has errors. Carries every diagnostic, not just the first.
/// </summary>
public sealed class GuideContentException : Exception
{
    /// <summary>Creates the exception from the diagnostics of a failed load.</summary>
    public GuideContentException(ImmutableArray<Diagnostic> diagnostics)
        : base(BuildMessage(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every diagnostic the load produced, errors and warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var head = errors.Count == 1 ? "The content has 1 error:" : $"The content has {errors.Count} errors:";
        return head + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
