using AllyGuide.Validation;

namespace AllyGuide.Loading;

/// <summary>The diagnostics sink and display path for one file being read.</summary>
internal sealed class FileReader(string path, List<Diagnostic> diagnostics, LoadOptions options)
{
    public string Path { get; } = path;

    public LoadOptions Options { get; } = options;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>True for files of an English locale, which the English wording and readability lints check.</summary>
    public bool English { get; init; }

    /// <summary>The file's lines, once read, for placing diagnostics inside a value.</summary>
    public string[] Lines { get; private set; } = [];

    public void SetText(string? text) => Lines = text?.ReplaceLineEndings("\n").Split('\n') ?? [];

    /// <summary>
    /// Where <paramref name="words"/> appear in the value written at <paramref name="node"/>: the first line at or after
    /// the value's start that holds them (block text starts on the next line), or the value's start.
    /// </summary>
    public (int Line, int Column) Find(YNode? node, string words, int lineOffset)
    {
        if (node is null)
        {
            return (0, 0);
        }

        for (var line = node.Line + lineOffset; line >= node.Line && line <= Lines.Length && line <= node.Line + lineOffset + 2; line++)
        {
            var column = Lines[line - 1].IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (column >= 0 && (line != node.Line || column + 1 >= node.Column))
            {
                return (line, column + 1);
            }
        }

        return (node.Line, node.Column);
    }

    public void Report(DiagnosticDescriptor descriptor, YNode? at, string message) =>
        Diagnostics.Add(descriptor.At(Path, at?.Line ?? 0, at?.Column ?? 0, message));

    public void Report(DiagnosticDescriptor descriptor, int line, int column, string message) =>
        Diagnostics.Add(descriptor.At(Path, line, column, message));
}
