namespace AllyGuide.Diagnostics;

/// <summary>Describes one diagnostic code: what it means and how serious it is by default.</summary>
public sealed record DiagnosticDescriptor
{
    internal DiagnosticDescriptor(string code, string title, DiagnosticSeverity severity, string help)
    {
        Code = code;
        Title = title;
        Severity = severity;
        Help = help;
    }

    /// <summary>The stable code, for example <c>AG0001</c>.</summary>
    public string Code { get; init; }

    /// <summary>A short name for the problem.</summary>
    public string Title { get; init; }

    /// <summary>The severity diagnostics with this code carry.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>What to do about it.</summary>
    public string Help { get; init; }

    /// <summary>Creates a located diagnostic with this code.</summary>
    public Diagnostic At(string filePath, int line, int column, string message) =>
        new(Code, Severity, message, filePath, line, column);
}
