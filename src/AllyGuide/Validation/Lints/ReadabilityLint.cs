using System.Globalization;
using AllyGuide.Diagnostics;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Validation.Lints;

/// <summary>
/// AG0101 and AG0102: topics and tips read easily by their language's measure (English: Flesch-Kincaid grade 8 or
/// lower; Spanish: INFLESZ 55 or higher), in sentences of 20 words or fewer on average.
/// </summary>
internal sealed class ReadabilityLint : IEditorialLint
{
    /// <summary>The Flesch-Kincaid grade above which English text warns.</summary>
    public const double MaxGrade = 8.0;

    /// <summary>The average sentence length, in words, above which English text warns.</summary>
    public const double MaxWordsPerSentence = 20.0;

    /// <summary>Flesch-Kincaid means little on a few words ("Listen without judging." scores 9.2); shorter texts are not graded.</summary>
    public const int MinTopicWords = 30;

    /// <summary>The fewest words a tip needs before its grade is checked.</summary>
    public const int MinTipWords = 12;

    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            if (LanguageLints.For(locale.Locale.Code) is not { } lints)
            {
                continue;
            }

            foreach (var topic in locale.Topics)
            {
                CheckTopic(context, topic, lints);
            }
        }
    }

    private static void CheckTopic(ValidationContext context, Topic topic, LanguageLints lints)
    {
        var at = context.Map.Locate(topic, "title") ?? context.Map.Locate(topic, "id") ?? context.Map.Locate(topic)!.Value;
        var score = Score(topic, lints);
        if (score.Words >= MinTopicWords && lints.TooHard($"Topic '{topic.Id}'", score) is { } message)
        {
            context.Report(DiagnosticDescriptors.ReadabilityGrade, at, message);
        }

        if (score.Words >= MinTopicWords && score.WordsPerSentence > MaxWordsPerSentence)
        {
            context.Report(DiagnosticDescriptors.LongSentences, at,
                $"Sentences in topic '{topic.Id}' average {Format(score.WordsPerSentence)} words; the limit is {Format(MaxWordsPerSentence)}. Split the longest ones.");
        }

        foreach (var tip in topic.Sections.SelectMany(s => s.Tips))
        {
            var tipScore = lints.Measure(InlineMarkup.ToWords(tip.Text));
            if (tipScore.Words >= MinTipWords && lints.TooHard($"Tip '{tip.Id}'", tipScore) is { } tipMessage)
            {
                context.Report(DiagnosticDescriptors.ReadabilityGrade, context.Map.Locate(tip, "text") ?? at, tipMessage);
            }
        }
    }

    /// <summary>A topic's running text counted by its language's rules: what the lint and the report both judge.</summary>
    internal static ReadabilityScore Score(Topic topic, LanguageLints lints) =>
        Prose(topic).Aggregate(ReadabilityScore.Empty, (sum, text) => sum + lints.Measure(text));

    /// <summary>Every piece of running text a reader meets in a topic, as words; titles are left out.</summary>
    internal static IEnumerable<string> Prose(Topic topic)
    {
        yield return topic.Summary;
        foreach (var section in topic.Sections)
        {
            foreach (var paragraph in InlineMarkup.ToWords(section.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                yield return paragraph;
            }

            foreach (var tip in section.Tips)
            {
                yield return InlineMarkup.ToWords(tip.Text);
                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    yield return phrase.Text;
                    if (phrase.Why is not null)
                    {
                        yield return phrase.Why;
                    }
                }
            }
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
