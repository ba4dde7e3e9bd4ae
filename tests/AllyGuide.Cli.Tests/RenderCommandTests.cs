using System.Text.Json;

namespace AllyGuide.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public void Renders_a_topic_as_text_with_its_crisis_resources()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "listening", "--format", "text", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.StartsWith("Listening with empathy\n======================\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("988 Suicide & Crisis Lifeline", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Call 988", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Emergency services: 911", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Content version", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_the_default_format()
    {
        using var temp = new TempFolder();
        Assert.Equal(
            CliRunner.Run(temp.Path, "render", "self-care", "--format", "text").Stdout,
            CliRunner.Run(temp.Path, "render", "self-care").Stdout);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("fragment", "<article class=\"allyguide-topic\"")]
    public void Renders_html(string format, string start)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "emotional-support", "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_json()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "professional-help", "--format", "json", "--locale", "en-GB", "--region", "uk");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("professional-help", json.RootElement.GetProperty("topic").GetProperty("id").GetString());
        Assert.Equal("en", json.RootElement.GetProperty("locale").GetString());
    }

    [Fact]
    public void A_region_puts_its_services_first()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "listening", "--region", "GB");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Samaritans:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Call 116 123", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Emergency services: 999", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_without_listed_services_gets_the_fallback_not_another_countrys_lines()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "empathy", "--region", "JP");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Find A Helpline:", result.Stdout, StringComparison.Ordinal);
        var words = string.Join(' ', result.Stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Or call your local emergency number.", words, StringComparison.Ordinal);
        Assert.DoesNotContain("988", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Somewhere else?", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_topic_lists_the_known_ones()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "render", "listning");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("there is no topic 'listning'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Known topics: why-allies-matter, helping-in-a-crisis, empathy, listening, validating-feelings", result.Stderr, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    [Fact]
    public void Broken_content_exits_1_with_diagnostics()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.AppendAllText(Path.Combine(content, "en", "topics", "listening.yaml"), "\nsumary: typo\n");
        var result = CliRunner.Run(temp.Path, "render", "listening", "--content", content);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AG0010: Unknown key 'sumary' in the topic. Did you mean 'summary'?", result.Stderr, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    [Fact]
    public void A_broken_template_exits_4_with_its_location()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "templates", "text", "topic.scriban-txt"), "{{ topic.title }}\n{{ topic.nope }}\n");
        var result = CliRunner.Run(temp.Path, "render", "listening", "--content", content);
        Assert.Equal(4, result.ExitCode);
        Assert.Matches(@"topic\.scriban-txt\(2,\d+\): error AG0031: Template 'text/topic'", result.Stderr);
        result.AssertNoCrash();
    }
}
