using AllyGuide.Diagnostics;

namespace AllyGuide.Loading;

/// <summary>One file being read: its display path, where its diagnostics go, and the source map its units are recorded in.</summary>
internal sealed class FileReader(string path, ICollection<Diagnostic> diagnostics, SourceMap map)
{
    public string Path { get; } = path;

    public SourceMap Map { get; } = map;

    public void Report(DiagnosticDescriptor descriptor, YNode? at, string message) =>
        diagnostics.Add(descriptor.At(Path, at?.Line ?? 0, at?.Column ?? 0, message));

    public void Report(DiagnosticDescriptor descriptor, int line, int column, string message) =>
        diagnostics.Add(descriptor.At(Path, line, column, message));
}
