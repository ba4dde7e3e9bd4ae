namespace AllyGuide.Validation;

/// <summary>Describes one diagnostic code: what it means and how serious it is by default.</summary>
/// <param name="Code">The stable code, for example <c>AG0001</c>.</param>
/// <param name="Title">A short name for the problem.</param>
/// <param name="Severity">The severity diagnostics with this code carry.</param>
/// <param name="Help">What to do about it.</param>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity Severity, string Help)
{
    /// <summary>Creates a located diagnostic with this code.</summary>
    public Diagnostic At(string filePath, int line, int column, string message) =>
        new(Code, Severity, message, filePath, line, column);
}
