using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>The short interface texts of one locale (labels, headings, link texts), as written or after fallback.</summary>
public sealed class UiStrings
{
    internal UiStrings(ImmutableDictionary<string, UiString> values) => Values = values;

    /// <summary>No strings.</summary>
    public static UiStrings Empty { get; } = new(ImmutableDictionary<string, UiString>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The keys every default locale must define.</summary>
    public static ImmutableArray<string> Keys { get; } = [.. UiKeys.All.Select(k => k.Key)];

    /// <summary>The strings by key.</summary>
    public ImmutableDictionary<string, UiString> Values { get; }

    /// <summary>The text for <paramref name="key"/> (its <c>other</c> form when it has plural forms), or the key itself when none is defined.</summary>
    public string this[string key] => Values.TryGetValue(key, out var value) ? value.Text : key;
}

/// <summary>
/// One interface string: a text that may hold placeholders such as <c>{number}</c> or <c>{date}</c>, so each
/// language orders its own words, and plural forms by CLDR category where a count changes the words.
/// </summary>
public sealed class UiString
{
    internal UiString()
    {
    }

    /// <summary>The key, for example <c>crisis_heading</c>.</summary>
    public string Key { get; internal init; } = "";

    /// <summary>The text; for a string with plural forms, its <c>other</c> form.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Plural forms by CLDR category (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>); empty when the text does not vary.</summary>
    public ImmutableDictionary<string, string> Forms { get; internal init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The locale it came from.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>Translation metadata.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;
}
