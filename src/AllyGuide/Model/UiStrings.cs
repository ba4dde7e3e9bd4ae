using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>The short interface texts of one locale: labels, headings, link texts.</summary>
public sealed class UiStrings
{
    internal UiStrings(ImmutableDictionary<string, LocalizedString> values) => Values = values;

    /// <summary>No strings.</summary>
    public static UiStrings Empty { get; } = new(ImmutableDictionary<string, LocalizedString>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The keys every default locale must define.</summary>
    public static ImmutableArray<string> Keys { get; } =
    [
        "site_title", "site_tagline", "skip_to_content", "all_topics", "start_here",
        "crisis_heading", "crisis_intro", "crisis_emergency", "crisis_elsewhere", "crisis_more",
        "crisis_page_title", "crisis_page_intro", "try_saying", "avoid_saying", "why",
        "related_topics", "sources", "reviewed", "next_review", "content_version", "verified", "on_this_page",
    ];

    /// <summary>The strings by key.</summary>
    public ImmutableDictionary<string, LocalizedString> Values { get; }

    /// <summary>The text for <paramref name="key"/>, or the key itself when none is defined.</summary>
    public string this[string key] => Values.TryGetValue(key, out var value) ? value.Text : key;
}

/// <summary>A text and the locale it came from.</summary>
public sealed record LocalizedString
{
    /// <summary>Creates a text with its locale.</summary>
    internal LocalizedString(string text, string locale)
    {
        Text = text;
        Locale = locale;
    }

    /// <summary>The text.</summary>
    public string Text { get; init; }

    /// <summary>The locale it came from.</summary>
    public string Locale { get; init; }
}
