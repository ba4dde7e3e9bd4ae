using System.Globalization;

namespace AllyGuide.Validation.Lints;

/// <summary>The plain-language measure and wording rules of one language, and how its messages name the measure.</summary>
/// <param name="Wording">Safe-messaging and stigma rules.</param>
/// <param name="Measure">Counts words, sentences and syllables by the language's rules.</param>
/// <param name="TooHard">A message when counted text is too hard to read, or null when it is fine.</param>
internal sealed record LanguageLints(WordingRuleSet Wording, Func<string, ReadabilityScore> Measure, Func<string, ReadabilityScore, string?> TooHard)
{
    /// <summary>English: Flesch-Kincaid grade 8 or lower.</summary>
    public static LanguageLints English { get; } = new(
        WordingRules.Set,
        ReadabilityScore.Measure,
        (what, score) => score.Grade > ReadabilityLint.MaxGrade
            ? $"{what} reads at grade {Format(score.Grade)} (Flesch-Kincaid); the limit is {Format(ReadabilityLint.MaxGrade)}. Use shorter sentences and everyday words."
            : null);

    /// <summary>Spanish: INFLESZ 55 ("normal") or higher.</summary>
    public static LanguageLints Spanish { get; } = new(
        SpanishWordingRules.Set,
        SpanishReadability.Measure,
        (what, score) => SpanishReadability.Inflesz(score) is var value && value < SpanishReadability.MinScore
            ? $"{what} scores {Format(value)} on the INFLESZ scale ({SpanishReadability.Band(value)}); the limit is {Format(SpanishReadability.MinScore)} (normal). Use shorter sentences and everyday words."
            : null);

    /// <summary>The lints for a locale's language, or null when the guide has none for it (the locale is reported as not checked).</summary>
    public static LanguageLints? For(string locale) => locale.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => English,
        "es" => Spanish,
        _ => null,
    };

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
