using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide.Tests.Localization;

/// <summary>The try and avoid phrases as a dataset, queried on the shipped guide.</summary>
public sealed class PhraseQueryTests
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    [Fact]
    public void All_phrases_come_in_reading_order_with_their_topic_tip_and_kind()
    {
        var all = Shipped.Phrases();

        Assert.Equal("en", all.Locale);
        var expected = Shipped.Localize().Topics
            .SelectMany(t => t.Sections.SelectMany(s => s.Tips.SelectMany(tip => tip.TrySaying.Concat(tip.AvoidSaying).Select(p => (t.Id, tip.Id, p.Id)))))
            .ToList();
        Assert.Equal(expected, all.Items.Select(m => (m.TopicId, m.Tip.Id, m.Phrase.Id)).ToList());
        Assert.True(all.Items.Length > 100, $"only {all.Items.Length} phrases");
        Assert.Contains(all.Items, m => m.Phrase.Kind == PhraseKind.AvoidSaying && m.Phrase.Why is not null);
    }

    [Fact]
    public void Every_criterion_narrows_the_result_and_they_combine()
    {
        var crisis = Shipped.Phrases(new PhraseQuery { Situation = Situations.Crisis });
        var avoid = Shipped.Phrases(new PhraseQuery { Kind = PhraseKind.AvoidSaying });
        var both = Shipped.Phrases(new PhraseQuery { Situation = Situations.Crisis, Kind = PhraseKind.AvoidSaying });

        Assert.NotEmpty(crisis.Items);
        Assert.All(crisis.Items, m => Assert.Contains(Situations.Crisis, m.Phrase.Situations));
        Assert.All(avoid.Items, m => Assert.Equal(PhraseKind.AvoidSaying, m.Phrase.Kind));
        Assert.NotEmpty(both.Items);
        Assert.Equal(
            crisis.Items.Where(m => m.Phrase.Kind == PhraseKind.AvoidSaying).Select(m => m.Phrase.Id),
            both.Items.Select(m => m.Phrase.Id));
        Assert.True(both.Items.Length < crisis.Items.Length);

        var listening = Shipped.Phrases(new PhraseQuery { Topic = "listening" });
        Assert.NotEmpty(listening.Items);
        Assert.All(listening.Items, m => Assert.Equal("listening", m.TopicId));
    }

    [Fact]
    public void The_direct_question_about_suicide_is_a_crisis_phrase_to_try()
    {
        var found = Shipped.Phrases(new PhraseQuery { Topic = "helping-in-a-crisis", Situation = Situations.Crisis, Kind = PhraseKind.TrySaying });

        Assert.Contains(found.Items, m => m.Phrase.Text.Text == "Are you thinking about suicide?");
        Assert.DoesNotContain(found.Items, m => m.Phrase.Kind == PhraseKind.AvoidSaying);
    }

    [Fact]
    public void Audience_follows_the_tip_which_can_narrow_the_topic()
    {
        var teachers = Shipped.Phrases(new PhraseQuery { Audience = "teacher" });
        var parents = Shipped.Phrases(new PhraseQuery { Audience = "parent" });

        Assert.NotEmpty(teachers.Items);
        Assert.All(teachers.Items, m => Assert.Contains("teacher", m.Audience));
        // A tip written only for parents and family in the topic on talking with a child is not shown to teachers.
        var narrowed = Shipped.Localize().Topics.SelectMany(t => t.Sections.SelectMany(s => s.Tips).Select(tip => (t, tip)))
            .First(x => x.tip.Audience.Length < x.t.Audience.Length && !x.tip.Audience.Contains("teacher") && x.t.Audience.Contains("teacher") && x.tip.TrySaying.Length + x.tip.AvoidSaying.Length > 0);
        Assert.DoesNotContain(teachers.Items, m => m.Tip.Id == narrowed.tip.Id && m.TopicId == narrowed.t.Id);
        Assert.Contains(Shipped.Phrases().Items, m => m.Tip.Id == narrowed.tip.Id && m.TopicId == narrowed.t.Id);
        Assert.Contains(parents.Items, m => m.TopicId == "talking-with-children");
    }

    [Fact]
    public void Every_situation_tag_has_phrases_in_the_shipped_guide()
    {
        foreach (var situation in Situations.All)
        {
            Assert.True(Shipped.Phrases(new PhraseQuery { Situation = situation }).Items.Length >= 3, $"situation '{situation}' has fewer than 3 phrases");
        }
    }

    [Fact]
    public void A_locale_resolves_each_phrase_with_fallback()
    {
        var spanish = Shipped.Phrases(new PhraseQuery { Locale = "es-MX", Topic = "helping-in-a-crisis", Kind = PhraseKind.TrySaying });

        Assert.Equal("es", spanish.Locale);
        Assert.Equal(["es", "en"], spanish.FallbackChain.ToArray());
        Assert.Contains(spanish.Items, m => m.Phrase.Text.Text == "¿Estás pensando en suicidarte?");
        Assert.All(spanish.Items, m => Assert.Equal("es", m.Phrase.Text.Locale));
        Assert.Equal("Ayudar en una crisis", spanish.Items[0].TopicTitle.Text);
    }

    [Theory]
    [InlineData("listenin", null, null, "There is no topic 'listenin'. Did you mean 'listening'?")]
    [InlineData(null, "parents", null, "There is no audience 'parents'. Did you mean 'parent'?")]
    [InlineData(null, null, "crises", "There is no situation 'crises'. Did you mean 'crisis'?")]
    public void Unknown_criteria_are_refused_rather_than_finding_nothing(string? topic, string? audience, string? situation, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => Shipped.Phrases(new PhraseQuery { Topic = topic, Audience = audience, Situation = situation }));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_phrases_the_query_and_the_crisis_help_of_the_region()
    {
        var localized = Shipped.Localize("en-GB");
        var set = localized.Phrases(new PhraseQuery { Situation = Situations.Crisis, Kind = PhraseKind.AvoidSaying });

        var json = GuideJson.Serialize(set, localized);
        var document = GuideJson.DeserializePhrases(json)!;

        Assert.Equal("crisis", document.Query.Situation);
        Assert.Equal("avoid", document.Query.Kind);
        Assert.Null(document.Query.Topic);
        Assert.Equal(set.Items.Length, document.Phrases.Count);
        Assert.All(document.Phrases, p => Assert.Equal("avoid", p.Kind));
        Assert.All(document.Phrases, p => Assert.Contains("crisis", p.Phrase.Situations));
        Assert.All(document.Phrases, p => Assert.False(string.IsNullOrEmpty(p.Phrase.Why)));
        Assert.Equal("uk", document.Crisis.Region.Id);
        Assert.Equal("999", document.Crisis.Region.Emergency);
        Assert.Contains(document.Crisis.Region.Services, s => s.Name == "Samaritans");
        Assert.Contains("\"situations\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_json_carries_tip_audience_and_situations()
    {
        var document = GuideJson.ToDocument(Shipped.GetTopic("everyday-roles"));
        var tips = document.Topic.Sections.SelectMany(s => s.Tips).ToList();

        Assert.Contains(tips, t => t.Audience.SequenceEqual(["teacher"]));
        Assert.All(tips, t => Assert.NotEmpty(t.Audience));
        Assert.Contains(tips, t => t.Situations.Count > 0);
    }
}
