using System.Text.Json;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>House rules every rendered topic keeps, in every format.</summary>
public sealed class EveryTopicTests
{
    public static TheoryData<string, string> TopicsAndFormats() => SnapshotTests.TopicsAndFormats();

    [Theory]
    [MemberData(nameof(TopicsAndFormats))]
    public void Carries_the_crisis_resources_and_the_content_version(string id, string format)
    {
        var guide = Guide.LoadEmbedded();
        var output = GuideRenderer.Default.Render(guide.GetTopic(id, "en"), Formats.Named(format));

        Assert.Contains("Suicide", output, StringComparison.Ordinal);
        Assert.Contains("Crisis Lifeline", output, StringComparison.Ordinal);
        Assert.Contains("911", output, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", output, StringComparison.Ordinal);
        Assert.Contains(guide.Version.ToString(), output, StringComparison.Ordinal);
        if (format is "html" or "fragment")
        {
            Assert.Contains("href=\"tel:988\"", output, StringComparison.Ordinal);
            Assert.Contains("href=\"sms:988\"", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public void Text_is_wrapped_and_free_of_markup(string id)
    {
        var renderer = GuideRenderer.Default;
        var text = renderer.Render(Guide.LoadEmbedded().GetTopic(id, "en"), OutputFormat.Text);

        foreach (var line in text.Split('\n'))
        {
            // Only a single unbreakable word (an address) may run past the width.
            var words = line.Trim();
            if (words.StartsWith("- ", StringComparison.Ordinal) || words.StartsWith("* ", StringComparison.Ordinal))
            {
                words = words[2..];
            }

            Assert.True(line.Length <= renderer.Options.TextWidth || !words.Contains(' ', StringComparison.Ordinal), $"Line too long ({line.Length}): {line}");
            Assert.DoesNotContain("](", line, StringComparison.Ordinal);
            Assert.DoesNotContain("**", line, StringComparison.Ordinal);
            Assert.DoesNotMatch("<[a-z/]", line);
            Assert.DoesNotMatch(@"&[a-z]+;", line);
            Assert.False(line.EndsWith(' '), $"Trailing space: '{line}'");
        }

        Assert.DoesNotContain("\n\n\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public void Json_is_valid_and_names_the_version(string id)
    {
        var guide = Guide.LoadEmbedded();
        var json = GuideRenderer.Default.Render(guide.GetTopic(id, "en"), OutputFormat.Json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(guide.Version.ToString(), document.RootElement.GetProperty("contentVersion").GetString());
        Assert.Equal(id, document.RootElement.GetProperty("topic").GetProperty("id").GetString());
        Assert.Equal("us", document.RootElement.GetProperty("crisis").GetProperty("region").GetProperty("id").GetString());
    }

    public static TheoryData<string, string> LocalesAndTopics()
    {
        var data = new TheoryData<string, string>();
        var guide = Guide.LoadEmbedded();
        foreach (var locale in guide.Locales)
        {
            foreach (var id in guide.TopicOrder)
            {
                data.Add(locale.Code, id);
            }
        }

        return data;
    }

    /// <summary>Every topic in every shipped locale, in every format: the page is in that locale, with its crisis help and version.</summary>
    [Theory]
    [MemberData(nameof(LocalesAndTopics))]
    public void Renders_in_every_locale_and_format(string locale, string id)
    {
        var guide = Guide.LoadEmbedded();
        var topic = guide.GetTopic(id, locale);
        var contact = topic.Crisis.Region.Services[0].Contacts[0];

        foreach (var format in FormatterRegistry.Default.Formats)
        {
            var output = GuideRenderer.Default.Render(topic, format);

            // Titles are escaped as each format escapes text (an apostrophe is &#39; in HTML and \u0027 in JSON).
            var readable = format == OutputFormat.Json
                ? JsonDocument.Parse(output).RootElement.GetProperty("topic").GetProperty("title").GetString()!
                : System.Net.WebUtility.HtmlDecode(output);
            Assert.Contains(topic.Title.Text, readable, StringComparison.Ordinal);
            Assert.Contains(format == OutputFormat.Html || format == OutputFormat.HtmlFragment ? contact.Href : contact.Value, output, StringComparison.Ordinal);
            Assert.Contains(guide.Version.ToString(), output, StringComparison.Ordinal);
            if (format == OutputFormat.Json)
            {
                using var json = JsonDocument.Parse(output);
                Assert.Equal(locale, json.RootElement.GetProperty("locale").GetString());
            }
            else if (format != OutputFormat.Text)
            {
                Assert.Contains($"lang=\"{locale}\" dir=\"{(locale == "ar" ? "rtl" : "ltr")}\"", output, StringComparison.Ordinal);
            }
        }
    }

    public static TheoryData<string> TopicIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Guide.LoadEmbedded().TopicOrder)
        {
            data.Add(id);
        }

        return data;
    }
}
