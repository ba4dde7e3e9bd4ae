using AllyGuide.Validation;

namespace AllyGuide.Loading;

/// <summary>The diagnostics sink and display path for one file being read.</summary>
internal sealed class FileReader(string path, List<Diagnostic> diagnostics, LoadOptions options)
{
    public string Path { get; } = path;

    public LoadOptions Options { get; } = options;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public void Report(DiagnosticDescriptor descriptor, YNode? at, string message) =>
        Diagnostics.Add(descriptor.At(Path, at?.Line ?? 0, at?.Column ?? 0, message));

    public void Report(DiagnosticDescriptor descriptor, int line, int column, string message) =>
        Diagnostics.Add(descriptor.At(Path, line, column, message));
}
