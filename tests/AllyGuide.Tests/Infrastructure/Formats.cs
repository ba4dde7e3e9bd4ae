using AllyGuide.Rendering;

namespace AllyGuide.Tests.Infrastructure;

/// <summary>Built-in formats by name, so theory data can carry a plain string.</summary>
internal static class Formats
{
    public static OutputFormat Named(string name) =>
        FormatterRegistry.Default.TryGet(name, out var formatter) ? formatter.Format : throw new ArgumentException($"No format '{name}'.", nameof(name));
}
