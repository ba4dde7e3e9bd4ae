using System.Collections.Immutable;
using AllyGuide.Diagnostics;

namespace AllyGuide.Rendering;

/// <summary>A template failed to parse or to render. Every diagnostic names the template, line and column.</summary>
public sealed class GuideTemplateException : Exception
{
    /// <summary>Creates the exception from template diagnostics.</summary>
    public GuideTemplateException(ImmutableArray<Diagnostic> diagnostics, Exception? inner = null)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())), inner) => Diagnostics = diagnostics;

    /// <summary>The template problems.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
