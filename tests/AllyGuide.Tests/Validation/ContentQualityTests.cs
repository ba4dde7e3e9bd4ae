using AllyGuide.Validation.Lints;

namespace AllyGuide.Tests.Validation;

/// <summary>The shipped English guide is easier to read than the lint's limit, as the content rules ask.</summary>
public sealed class ContentQualityTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static List<(string Id, ReadabilityScore Score)> Scores()
    {
        var guide = Guide.LoadEmbedded();
        return [.. guide.Localize("en").Topics.Select(t => (t.Id, ReadabilityLint.Prose(t.Source).Aggregate(ReadabilityScore.Empty, (sum, text) => sum + ReadabilityScore.Measure(text))))];
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
            Assert.True(s.Score.Grade <= ReadabilityLint.MaxGrade, $"{s.Id}: grade {s.Score.Grade:0.0}");
            Assert.True(s.Score.WordsPerSentence <= ReadabilityLint.MaxWordsPerSentence, $"{s.Id}: {s.Score.WordsPerSentence:0.0} words per sentence");
            Assert.True(s.Score.Words > 300, $"{s.Id}: only {s.Score.Words} words");
        });
    }

    [Fact]
    public void Every_topic_cites_two_or_more_https_sources_and_is_not_overdue()
    {
        var guide = Guide.LoadEmbedded();
        foreach (var topic in guide.Localize("en").Topics)
        {
            Assert.True(topic.Sources.Length >= 2, topic.Id);
            Assert.All(topic.Sources, s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
            Assert.True(topic.NextReview > topic.Reviewed, topic.Id);
        }
    }

    [Fact]
    public void The_crisis_topic_leads_with_what_to_do_right_now()
    {
        var crisis = Guide.LoadEmbedded().GetTopic("helping-in-a-crisis", "en");
        Assert.Equal("what-to-do-now", crisis.Sections[0].Id);
        Assert.Contains("get help now", crisis.Sections[0].Body.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("us", "US", "911", "tel:988", "sms:988")]
    [InlineData("ca", "CA", "911", "tel:988", "sms:988")]
    [InlineData("uk", "GB", "999", "tel:116123", null)]
    [InlineData("ie", "IE", "112", "tel:116123", null)]
    [InlineData("au", "AU", "000", "tel:131114", null)]
    [InlineData("es", "ES", "112", "tel:024", null)]
    [InlineData("mx", "MX", "911", "tel:8009112000", null)]
    public void Crisis_numbers_match_the_verified_table(string region, string country, string emergency, string call, string? text)
    {
        var crisis = Guide.LoadEmbedded().Localize("en").Crisis;
        var found = crisis.GetRegion(country);
        Assert.Equal(region, found.Id);
        Assert.Equal(emergency, found.Emergency);
        var contacts = found.Services.SelectMany(s => s.Contacts).Select(c => c.Href).ToList();
        Assert.Contains(call, contacts);
        if (text is not null)
        {
            Assert.Contains(text, contacts);
        }

        Assert.All(found.Services, s =>
        {
            Assert.StartsWith("https://", s.Url, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2026, 11, 1), s.Verified);
        });
    }

    [Fact]
    public void Every_other_region_falls_back_to_find_a_helpline()
    {
        var crisis = Guide.LoadEmbedded().Localize("en").Crisis;
        Assert.Equal("us", crisis.GetRegion().Id);
        var fallback = crisis.GetRegion("JP");
        Assert.Same(crisis.Fallback, fallback);
        Assert.Equal("https://findahelpline.com/", Assert.Single(fallback.Services).Url);
    }
}
