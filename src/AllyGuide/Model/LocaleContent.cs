using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>Everything written in one locale, before fallback: only the units that locale itself defines.</summary>
/// <param name="Locale">The locale.</param>
/// <param name="Topics">Topics by id.</param>
/// <param name="Sources">Sources by id.</param>
/// <param name="Crisis">The locale's crisis resources, or null when it relies on fallback.</param>
/// <param name="Ui">The locale's interface strings (possibly partial).</param>
public sealed record LocaleContent(
    LocaleInfo Locale,
    ImmutableDictionary<string, Topic> Topics,
    ImmutableDictionary<string, Source> Sources,
    CrisisResources? Crisis,
    UiStrings Ui);
