using System.Text.Json;

namespace AllyGuide.Cli.Tests;

public sealed class PhrasesCommandTests
{
    [Fact]
    public void Lists_phrases_of_a_topic_as_text_with_the_crisis_help()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "phrases", "--topic", "helping-in-a-crisis", "--kind", "avoid", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.StartsWith("Helping in a crisis (helping-in-a-crisis)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Avoid saying: I won't tell anyone, I promise.  [first-conversation, opening-up, crisis]\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("    Why: ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Try saying:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("988 Suicide & Crisis Lifeline: Call 988", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Emergency services: 911", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_matches_the_query_and_carries_the_region_chosen()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "phrases", "--situation", "they-refuse-help", "--audience", "partner", "--kind", "try", "--locale", "es-MX", "--format", "json", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("es", root.GetProperty("locale").GetString());
        Assert.Equal("they-refuse-help", root.GetProperty("query").GetProperty("situation").GetString());
        var phrases = root.GetProperty("phrases").EnumerateArray().ToList();
        Assert.NotEmpty(phrases);
        foreach (var phrase in phrases)
        {
            Assert.Equal("try", phrase.GetProperty("kind").GetString());
            Assert.Contains("partner", phrase.GetProperty("audience").EnumerateArray().Select(a => a.GetString()));
            Assert.Contains("they-refuse-help", phrase.GetProperty("phrase").GetProperty("situations").EnumerateArray().Select(a => a.GetString()));
        }

        Assert.Contains(phrases, p => p.GetProperty("phrase").GetProperty("locale").GetString() == "es");
        // es-MX readers get Mexico's line and emergency number with the phrases.
        Assert.Equal("mx", root.GetProperty("crisis").GetProperty("region").GetProperty("id").GetString());
        Assert.Equal("911", root.GetProperty("crisis").GetProperty("region").GetProperty("emergency").GetString());
    }

    [Theory]
    [InlineData("--situation", "crises")]
    [InlineData("--audience", "parents")]
    [InlineData("--kind", "maybe")]
    [InlineData("--format", "html")]
    public void Unknown_values_are_usage_errors(string option, string value)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "phrases", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains(value, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_topic_lists_the_known_ones()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "phrases", "--topic", "listenin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no topic 'listenin'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("listening", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_match_says_so_and_still_shows_the_crisis_help()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "phrases", "--topic", "kinds-of-help", "--situation", "crisis", "--kind", "avoid", "--region", "au");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No phrases match.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Lifeline", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("000", result.Stdout, StringComparison.Ordinal);
    }
}
