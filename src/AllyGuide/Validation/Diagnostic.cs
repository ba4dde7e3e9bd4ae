using System.Globalization;

namespace AllyGuide.Validation;

/// <summary>
/// One problem found in content or templates, located by file, line and column.
/// </summary>
/// <param name="Code">A stable code such as <c>AG0010</c>; see <see cref="DiagnosticDescriptors"/>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="FilePath">The file, as the content source names it for people.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, string FilePath, int Line, int Column)
{
    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Formats the diagnostic as compilers and editors expect: <c>path(line,col): error AG0010: message</c>.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var location = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{FilePath}({Line},{Column})")
            : FilePath;
        return $"{location}: {severity} {Code}: {Message}";
    }
}
