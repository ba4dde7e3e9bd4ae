using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>What readers see, for every shipped topic in every format, reviewed as diffs of golden files.</summary>
public sealed class SnapshotTests
{
    private static readonly Dictionary<OutputFormat, string> Extensions = new()
    {
        [OutputFormat.Html] = ".html",
        [OutputFormat.HtmlFragment] = ".fragment.html",
        [OutputFormat.Text] = ".txt",
        [OutputFormat.Json] = ".json",
    };

    public static TheoryData<string, OutputFormat> TopicsAndFormats()
    {
        var data = new TheoryData<string, OutputFormat>();
        foreach (var id in Guide.LoadEmbedded().TopicOrder)
        {
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                data.Add(id, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TopicsAndFormats))]
    public void Shipped_topic_renders_as_snapshotted(string id, OutputFormat format)
    {
        var topic = Guide.LoadEmbedded().GetTopic(id, "en");
        var output = GuideRenderer.Default.Render(topic, format);
        Golden.Match(output, Path.Combine(TestPaths.Expected, "Topics", id + Extensions[format]));
    }

    [Fact]
    public void Index_page_renders_as_snapshotted()
    {
        using var writer = new StringWriter();
        GuideRenderer.Default.RenderIndexPage(Guide.LoadEmbedded().Localize("en"), writer);
        Golden.Match(writer.ToString(), Path.Combine(TestPaths.Expected, "Pages", "index.html"));
    }

    [Fact]
    public void Crisis_page_renders_as_snapshotted()
    {
        using var writer = new StringWriter();
        GuideRenderer.Default.RenderCrisisPage(Guide.LoadEmbedded().Localize("en"), writer);
        Golden.Match(writer.ToString(), Path.Combine(TestPaths.Expected, "Pages", "crisis.html"));
    }
}
