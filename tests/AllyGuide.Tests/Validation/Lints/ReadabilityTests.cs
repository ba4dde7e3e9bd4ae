using AllyGuide.Validation.Lints;

namespace AllyGuide.Tests.Validation.Lints;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("listen", 2)]
    [InlineData("care", 1)]
    [InlineData("feelings", 2)]
    [InlineData("professional", 4)]
    [InlineData("don't", 1)]
    public void Syllables_are_estimated_from_vowel_groups(string word, int syllables) =>
        Assert.Equal(syllables, ReadabilityScore.CountSyllables(word));

    [Fact]
    public void Counts_words_sentences_and_syllables()
    {
        var score = ReadabilityScore.Measure("Sit with them. Listen to them!");
        Assert.Equal((6, 2), (score.Words, score.Sentences));
        Assert.Equal(7, score.Syllables);
        Assert.Equal(3.0, score.WordsPerSentence);
    }

    [Fact]
    public void A_phrase_without_a_full_stop_is_one_sentence()
    {
        Assert.Equal(1, ReadabilityScore.Measure("I'm here for you").Sentences);
        Assert.Equal(1, ReadabilityScore.Measure("\"Take your time.\"").Sentences);
    }

    [Fact]
    public void Grade_follows_the_flesch_kincaid_formula()
    {
        var score = new ReadabilityScore(100, 5, 150);
        Assert.Equal((0.39 * 20) + (11.8 * 1.5) - 15.59, score.Grade, precision: 10);
        Assert.True(ReadabilityScore.Measure("You are not alone. I am here. We can talk.").Grade < 2);
        Assert.True(ReadabilityScore.Measure("Comprehensive psychoeducational interventions facilitate considerable improvements.").Grade > 12);
    }
}
