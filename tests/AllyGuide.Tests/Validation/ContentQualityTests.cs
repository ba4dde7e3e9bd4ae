using AllyGuide.Loading;
using AllyGuide.Validation.Lints;

namespace AllyGuide.Tests.Validation;

/// <summary>The shipped English guide is easier to read than the lint's limit, as the content rules ask.</summary>
public sealed class ContentQualityTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static List<(string Id, ReadabilityScore Score)> Scores()
    {
        var guide = Guide.LoadEmbedded();
        return [.. guide.Localize("en").Topics.Select(t => (t.Topic.Id, ContentLints.Prose(t.Topic).Aggregate(ReadabilityScore.Empty, (sum, text) => sum + ReadabilityScore.Measure(text))))];
    }

    [Fact]
    public void The_median_topic_reads_at_grade_6_5_or_lower()
    {
        foreach (var (id, score) in Scores())
        {
            output.WriteLine($"{id}: grade {score.Grade:0.0}, {score.WordsPerSentence:0.0} words per sentence, {score.Words} words");
        }

        var grades = Scores().Select(s => s.Score.Grade).Order().ToList();
        var median = grades.Count % 2 == 1 ? grades[grades.Count / 2] : (grades[(grades.Count / 2) - 1] + grades[grades.Count / 2]) / 2;
        output.WriteLine($"median grade {median:0.0}");
        Assert.True(median <= 6.5, $"Median grade {median:0.0}: {string.Join(", ", Scores().Select(s => $"{s.Id} {s.Score.Grade:0.0}"))}");
    }

    [Fact]
    public void Every_topic_is_under_the_limits()
    {
        Assert.All(Scores(), s =>
        {
            Assert.True(s.Score.Grade <= ContentLints.MaxGrade, $"{s.Id}: grade {s.Score.Grade:0.0}");
            Assert.True(s.Score.WordsPerSentence <= ContentLints.MaxWordsPerSentence, $"{s.Id}: {s.Score.WordsPerSentence:0.0} words per sentence");
            Assert.True(s.Score.Words > 300, $"{s.Id}: only {s.Score.Words} words");
        });
    }

    [Fact]
    public void Every_topic_cites_two_or_more_https_sources_and_is_not_overdue()
    {
        var guide = Guide.LoadEmbedded();
        foreach (var topic in guide.Localize("en").Topics)
        {
            Assert.True(topic.Sources.Length >= 2, topic.Topic.Id);
            Assert.All(topic.Sources, s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
            Assert.True(topic.Topic.NextReview > topic.Topic.Reviewed, topic.Topic.Id);
        }
    }

    [Fact]
    public void The_crisis_topic_leads_with_what_to_do_right_now()
    {
        var crisis = Guide.LoadEmbedded().GetTopic("helping-in-a-crisis", "en").Topic;
        Assert.Equal("what-to-do-now", crisis.Sections[0].Id);
        Assert.Contains("get help now", crisis.Sections[0].Body, StringComparison.OrdinalIgnoreCase);
    }
}
