using System.Globalization;
using System.Text.RegularExpressions;
using AllyGuide.Model;
using AllyGuide.Validation;
using AllyGuide.Validation.Lints;

namespace AllyGuide.Loading;

/// <summary>
/// The editorial lints, run while a file is read so every finding has a place: readability and wording for English
/// text, sources and review dates for every topic of the default locale.
/// </summary>
internal static partial class ContentLints
{
    /// <summary>The Flesch-Kincaid grade above which English text warns.</summary>
    public const double MaxGrade = 8.0;

    /// <summary>The average sentence length, in words, above which English text warns.</summary>
    public const double MaxWordsPerSentence = 20.0;

    /// <summary>Flesch-Kincaid means little on a few words ("Listen without judging." scores 9.2); shorter texts are not graded.</summary>
    public const int MinTopicWords = 30;

    /// <summary>The fewest words a tip needs before its grade is checked.</summary>
    public const int MinTipWords = 12;

    public static void CheckWording(FileReader file, string text, YNode? node, bool quotedToAvoid)
    {
        if (!file.English)
        {
            return;
        }

        foreach (var hit in WordingRules.Check(text, quotedToAvoid))
        {
            var lineOffset = text.AsSpan(0, hit.Index).Count('\n') + (node is YScalar { IsBlock: true } ? 1 : 0);
            var (line, column) = file.Find(node, hit.Words, lineOffset);
            file.Report(hit.Descriptor, line, column, $"'{hit.Words}': {hit.Advice}");
        }
    }

    public static void CheckTopic(FileReader file, Topic topic, MapReader map, GuideLoader.TopicScope scope, bool full, DateOnly today)
    {
        var at = map.Get("title") ?? map.Get("id");
        if (full && topic.SourceIds.Length < 2)
        {
            file.Report(DiagnosticDescriptors.TooFewSources, map.Get("sources") ?? at,
                $"Topic '{topic.Id}' cites {topic.SourceIds.Length} source{(topic.SourceIds.Length == 1 ? "" : "s")}. Cite two or more reputable sources.");
        }

        if (full && topic.NextReview < today)
        {
            file.Report(DiagnosticDescriptors.ReviewOverdue, map.Get("next_review") ?? at,
                $"Topic '{topic.Id}' was due for review on {topic.NextReview:yyyy-MM-dd}. Review it against its sources, then update reviewed and next_review.");
        }

        if (!file.English)
        {
            return;
        }

        var score = ReadabilityScore.Empty;
        foreach (var text in Prose(topic))
        {
            score += ReadabilityScore.Measure(text);
        }

        if (score.Words >= MinTopicWords && score.Grade > MaxGrade)
        {
            file.Report(DiagnosticDescriptors.ReadabilityGrade, at,
                $"Topic '{topic.Id}' reads at grade {Format(score.Grade)} (Flesch-Kincaid); the limit is {Format(MaxGrade)}. Use shorter sentences and everyday words.");
        }

        if (score.Words >= MinTopicWords && score.WordsPerSentence > MaxWordsPerSentence)
        {
            file.Report(DiagnosticDescriptors.LongSentences, at,
                $"Sentences in topic '{topic.Id}' average {Format(score.WordsPerSentence)} words; the limit is {Format(MaxWordsPerSentence)}. Split the longest ones.");
        }

        foreach (var tip in topic.Sections.SelectMany(s => s.Tips))
        {
            var tipScore = ReadabilityScore.Measure(Plain(tip.Text));
            if (tipScore.Words >= MinTipWords && tipScore.Grade > MaxGrade)
            {
                file.Report(DiagnosticDescriptors.ReadabilityGrade, scope.TipText(tip.Id) ?? at,
                    $"Tip '{tip.Id}' reads at grade {Format(tipScore.Grade)} (Flesch-Kincaid); the limit is {Format(MaxGrade)}. Use shorter sentences and everyday words.");
            }
        }
    }

    /// <summary>Every piece of running text a reader meets in a topic; titles are left out.</summary>
    internal static IEnumerable<string> Prose(Topic topic)
    {
        yield return topic.Summary;
        foreach (var section in topic.Sections)
        {
            foreach (var paragraph in Plain(section.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                yield return paragraph;
            }

            foreach (var tip in section.Tips)
            {
                yield return Plain(tip.Text);
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

    /// <summary>Inline markup reduced to its words.</summary>
    private static string Plain(string markup) => Emphasis().Replace(Link().Replace(markup, "$1"), "");

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_]{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
