using System.Collections.Immutable;
using AllyGuide.Loading;
using AllyGuide.Localization;

namespace AllyGuide.Translation;

/// <summary>What kind of unit a translation unit is.</summary>
public enum TranslationUnitKind
{
    /// <summary>A topic's own title and summary.</summary>
    Topic,

    /// <summary>A section's title and body.</summary>
    Section,

    /// <summary>A tip's text.</summary>
    Tip,

    /// <summary>A phrase to try, or a phrase to avoid and why.</summary>
    Phrase,

    /// <summary>An interface string.</summary>
    UiString,

    /// <summary>A crisis region's name.</summary>
    Region,

    /// <summary>A crisis service's name, description and own labels.</summary>
    Service,
}

/// <summary>
/// One unit a translator translates, seen from one locale: its source texts, the translation (if any), its state and
/// where both were written.
/// </summary>
public sealed class TranslationUnit
{
    internal TranslationUnit()
    {
    }

    /// <summary>A key stable across versions, for example <c>topic:listening:section:feel-with-them</c>.</summary>
    public string Key { get; internal init; } = "";

    /// <summary>What kind of unit it is.</summary>
    public TranslationUnitKind Kind { get; internal init; }

    /// <summary>The file the translation lives in, relative to the content folder, for example <c>es/topics/listening.yaml</c>.</summary>
    public string File { get; internal init; } = "";

    /// <summary>The unit's texts in the default locale, by field (<c>title</c>, <c>body</c>, <c>text</c>, <c>why</c>, ...).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Source { get; internal init; } = [];

    /// <summary>The translated texts, by field; empty when missing.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Target { get; internal init; } = [];

    /// <summary>The pin of the current source text.</summary>
    public string SourcePin { get; internal init; } = "";

    /// <summary>The pin the translation carries, or null.</summary>
    public string? Pin { get; internal init; }

    /// <summary>Where the unit stands for readers of the locale.</summary>
    public TranslationState State { get; internal init; }

    /// <summary>The note for translators the source carries, or null.</summary>
    public string? Note { get; internal init; }

    /// <summary>Where the source unit was written.</summary>
    public SourceLocation? SourceLocation { get; internal init; }

    /// <summary>Where the translated unit was written, or null when the locale has none.</summary>
    public SourceLocation? TargetLocation { get; internal init; }

    /// <summary>True when the locale's own file has the unit (rather than a parent locale, or none).</summary>
    public bool InOwnFile { get; internal init; }
}
