using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Validation.Lints;

namespace AllyGuide.Validation;

/// <summary>How easily one topic reads in one locale, by the measure of its language.</summary>
public sealed class TopicReadability
{
    internal TopicReadability(string locale, string topicId, ReadabilityScore score, string measure, double value, double limit, bool withinLimit)
    {
        Locale = locale;
        TopicId = topicId;
        Score = score;
        Measure = measure;
        Value = value;
        Limit = limit;
        WithinLimit = withinLimit;
    }

    /// <summary>The locale whose text was measured (only text written in that locale, not fallback text).</summary>
    public string Locale { get; }

    /// <summary>The topic's id.</summary>
    public string TopicId { get; }

    /// <summary>Words, sentences and syllables counted in the topic's running text (summary, bodies, tips, phrases).</summary>
    public ReadabilityScore Score { get; }

    /// <summary>The measure's name: <c>Flesch-Kincaid grade</c> (English) or <c>INFLESZ</c> (Spanish).</summary>
    public string Measure { get; }

    /// <summary>The score on <see cref="Measure"/>: a grade (lower is easier) or INFLESZ points (higher is easier).</summary>
    public double Value { get; }

    /// <summary>The limit the lint holds the text to on <see cref="Measure"/>.</summary>
    public double Limit { get; }

    /// <summary>Whether the text is within the limit, so the lint (AG0101) does not warn.</summary>
    public bool WithinLimit { get; }
}

/// <summary>The readability of every topic in every locale the guide has a measure for, as the lints count it.</summary>
public static class ReadabilityReport
{
    /// <summary>
    /// Measures every topic written in a language with a plain-language measure (English, Spanish), in locale then
    /// reading order. Locales in other languages are left out: they are not checked (AG0100).
    /// </summary>
    /// <param name="content">Loaded content.</param>
    public static ImmutableArray<TopicReadability> Measure(GuideContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = ImmutableArray.CreateBuilder<TopicReadability>();
        var order = content.TopicOrder.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        foreach (var locale in content.ByLocale.Values.OrderBy(l => l.Locale.Code != content.DefaultLocale).ThenBy(l => l.Locale.Code, StringComparer.Ordinal))
        {
            if (LanguageLints.For(locale.Locale.Code) is not { } lints)
            {
                continue;
            }

            var spanish = ReferenceEquals(lints, LanguageLints.Spanish);
            foreach (var topic in locale.Topics.OrderBy(t => order.GetValueOrDefault(t.Id, int.MaxValue)))
            {
                var score = ReadabilityLint.Score(topic, lints);
                // Within the limit exactly when the lint (AG0101) would not warn: one rule, applied in one place.
                var within = lints.TooHard(topic.Id, score) is null;
                report.Add(spanish
                    ? new TopicReadability(locale.Locale.Code, topic.Id, score, "INFLESZ", SpanishReadability.Inflesz(score), SpanishReadability.MinScore, within)
                    : new TopicReadability(locale.Locale.Code, topic.Id, score, "Flesch-Kincaid grade", score.Grade, ReadabilityLint.MaxGrade, within));
            }
        }

        return report.ToImmutable();
    }
}
