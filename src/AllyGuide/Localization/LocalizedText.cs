namespace AllyGuide.Localization;

/// <summary>A text and the locale it came from. Fields fall back one by one, so each carries its own origin. Compared by value.</summary>
public sealed record LocalizedText
{
    internal LocalizedText(string text, string locale)
    {
        Text = text;
        Locale = locale;
    }

    /// <summary>An empty text.</summary>
    public static LocalizedText Empty { get; } = new("", "");

    /// <summary>The text.</summary>
    public string Text { get; init; }

    /// <summary>The locale it came from.</summary>
    public string Locale { get; init; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}

/// <summary>Where a unit's text stands for the reader's locale.</summary>
public enum TranslationState
{
    /// <summary>The reader's locale is the guide's own: there is nothing to translate.</summary>
    Original,

    /// <summary>Translated from the current source text.</summary>
    Translated,

    /// <summary>Translated from an earlier source text that has changed since; the translation is shown, marked.</summary>
    Drifted,

    /// <summary>Not translated: the source text is shown, marked with its own language.</summary>
    Missing,

    /// <summary>A translation the translator marked as a draft; the source text is shown until it is finished.</summary>
    Draft,
}
