namespace AllyGuide.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never fails a build.</summary>
    Info,

    /// <summary>Content loads, but a reader or translator may be misled. Fails under <c>--strict</c>.</summary>
    Warning,

    /// <summary>The content cannot be trusted as written. Always fails validation.</summary>
    Error,
}
