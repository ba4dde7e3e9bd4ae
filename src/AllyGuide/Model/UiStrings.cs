using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>The short interface texts of one locale: labels, headings, link texts.</summary>
public sealed class UiStrings
{
    /// <summary>The keys every default locale must define.</summary>
    public static ImmutableArray<string> Keys { get; } =
    [
        "site_title", "site_tagline", "skip_to_content", "all_topics", "start_here",
        "crisis_heading", "crisis_intro", "crisis_emergency", "crisis_elsewhere", "crisis_more",
        "crisis_page_title", "crisis_page_intro", "try_saying", "avoid_saying", "why",
        "related_topics", "sources", "reviewed", "next_review", "content_version", "verified", "on_this_page",
    ];

    /// <summary>Creates a set of strings.</summary>
    public UiStrings(ImmutableDictionary<string, LocalizedString> values) => Values = values;

    /// <summary>The strings by key.</summary>
    public ImmutableDictionary<string, LocalizedString> Values { get; }

    /// <summary>The text for <paramref name="key"/>, or the key itself when none is defined.</summary>
    public string this[string key] => Values.TryGetValue(key, out var value) ? value.Text : key;
}

/// <summary>A text and the locale it came from.</summary>
/// <param name="Text">The text.</param>
/// <param name="Locale">The locale it came from.</param>
public sealed record LocalizedString(string Text, string Locale);
