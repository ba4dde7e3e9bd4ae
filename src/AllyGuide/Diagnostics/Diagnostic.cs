using System.Globalization;

namespace AllyGuide.Diagnostics;

/// <summary>
/// One problem found in content or templates, located by file, line and column. Compared by value.
/// </summary>
public sealed record Diagnostic
{
    internal Diagnostic(string code, DiagnosticSeverity severity, string message, string filePath, int line, int column)
    {
        Code = code;
        Severity = severity;
        Message = Visible(message);
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    /// <summary>A stable code such as <c>AG0010</c>; see <see cref="DiagnosticDescriptors"/>.</summary>
    public string Code { get; init; }

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; init; }

    /// <summary>The file, as the content source names it for people.</summary>
    public string FilePath { get; init; }

    /// <summary>1-based line, or 0 when the problem concerns the whole file.</summary>
    public int Line { get; init; }

    /// <summary>1-based column, or 0 when the problem concerns the whole file.</summary>
    public int Column { get; init; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Orders diagnostics as people read them: by file, then line, column and code.</summary>
    public static IComparer<Diagnostic> FileOrder { get; } = Comparer<Diagnostic>.Create((a, b) =>
    {
        var order = string.CompareOrdinal(a.FilePath, b.FilePath);
        order = order != 0 ? order : a.Line.CompareTo(b.Line);
        order = order != 0 ? order : a.Column.CompareTo(b.Column);
        return order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
    });

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

    /// <summary>
    /// A message that quotes content shows invisible characters by their code (<c>\u202E</c>), so it can neither
    /// reorder a line on screen nor send an escape sequence to a terminal.
    /// </summary>
    private static string Visible(string message)
    {
        if (!message.Any(Hidden))
        {
            return message;
        }

        var result = new System.Text.StringBuilder(message.Length + 16);
        foreach (var c in message)
        {
            result.Append(Hidden(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        }

        return result.ToString();
    }

    private static bool Hidden(char c) => (char.IsControl(c) && c != '\n') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
}
