using System.Globalization;
using AllyGuide.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AllyGuide.Hosting;

/// <summary>Writes AllyGuide diagnostics to an <see cref="ILogger"/>, each with its code.</summary>
public static class DiagnosticLogging
{
    /// <summary>
    /// Logs a diagnostic: errors as <see cref="LogLevel.Error"/>, warnings as <see cref="LogLevel.Warning"/>, notes as
    /// <see cref="LogLevel.Information"/>. The event id is the code's number with the code as its name
    /// (<c>AG0042</c> is event 42, "AG0042"), and the code, file, line and column are structured properties
    /// (<c>DiagnosticCode</c>, <c>FilePath</c>, <c>Line</c>, <c>Column</c>).
    /// </summary>
    public static void LogDiagnostic(this ILogger logger, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var level = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LogLevel.Error,
            DiagnosticSeverity.Warning => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        if (!logger.IsEnabled(level))
        {
            return;
        }

        logger.Log(level, EventIdOf(diagnostic.Code), new State(diagnostic), exception: null, static (state, _) => state.Diagnostic.ToString());
    }

    /// <summary>Logs every diagnostic in order.</summary>
    public static void LogDiagnostics(this ILogger logger, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            logger.LogDiagnostic(diagnostic);
        }
    }

    /// <summary>The event id of a code: <c>AG0042</c> gives 42 named "AG0042".</summary>
    public static EventId EventIdOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var digits = code.AsSpan().TrimStart("AGag");
        return new EventId(int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0, code);
    }

    /// <summary>The structured properties of one diagnostic, as message templates give them.</summary>
    private sealed class State(Diagnostic diagnostic) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public Diagnostic Diagnostic { get; } = diagnostic;

        public int Count => 6;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("DiagnosticCode", Diagnostic.Code),
            1 => new("FilePath", Diagnostic.FilePath),
            2 => new("Line", Diagnostic.Line),
            3 => new("Column", Diagnostic.Column),
            4 => new("DiagnosticMessage", Diagnostic.Message),
            5 => new("{OriginalFormat}", "{FilePath}({Line},{Column}): {DiagnosticCode}: {DiagnosticMessage}"),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Diagnostic.ToString();
    }
}
