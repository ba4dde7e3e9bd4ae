using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Validation;

/// <summary>What a rule sees: the content as loaded, where each value was written, the options, and where to report.</summary>
internal sealed class ValidationContext
{
    private readonly List<Diagnostic> _diagnostics = [];

    public ValidationContext(ContentLoadResult loaded, GuideContent content, LoadOptions options)
    {
        Source = loaded.Source;
        Map = loaded.SourceMap;
        Reading = loaded.Diagnostics;
        Content = content;
        Options = options;
        Defaults = content.Defaults;
        GuideFile = Map.Locate(content)?.File ?? Source.GetDisplayPath("guide.yaml");
    }

    public IContentSource Source { get; }

    /// <summary>What the load stage reported while reading, so a rule does not report a problem twice.</summary>
    public ImmutableArray<Diagnostic> Reading { get; }

    public SourceMap Map { get; }

    public GuideContent Content { get; }

    /// <summary>The default locale's content, which every reference and translation is checked against.</summary>
    public LocaleContent Defaults { get; }

    public LoadOptions Options { get; }

    /// <summary>How diagnostics name <c>guide.yaml</c>.</summary>
    public string GuideFile { get; }

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public bool IsDefault(LocaleContent locale) => ReferenceEquals(locale, Defaults);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation at, string message) =>
        _diagnostics.Add(descriptor.At(at.File, at.Line, at.Column, message));

    /// <summary>Reports against <paramref name="unit"/>'s <paramref name="key"/>, or the unit itself when the key was not written.</summary>
    public void Report(DiagnosticDescriptor descriptor, object unit, string key, string message) =>
        Report(descriptor, Map.Locate(unit, key) ?? Map.Locate(unit) ?? new SourceLocation { File = GuideFile }, message);

    /// <summary>Topic ids of the default locale, for messages: "Known topics: a, b."</summary>
    public string KnownTopics()
    {
        var ids = Defaults.Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? "There are no topics yet." : $"Known topics: {string.Join(", ", ids)}.";
    }

    public bool HasTopic(string id) => Defaults.TryGetTopic(id, out _);
}
