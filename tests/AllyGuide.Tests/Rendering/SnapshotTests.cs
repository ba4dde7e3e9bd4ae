using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>What readers see, for every shipped topic in every format, reviewed as diffs of golden files.</summary>
public sealed class SnapshotTests
{
    private static readonly Dictionary<string, string> Extensions = new()
    {
        ["html"] = ".html",
        ["fragment"] = ".fragment.html",
        ["text"] = ".txt",
        ["json"] = ".json",
    };

    /// <summary>Every shipped topic with every built-in format, by name (theory data stays one case per pair).</summary>
    public static TheoryData<string, string> TopicsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Guide.LoadEmbedded().TopicOrder)
        {
            foreach (var format in FormatterRegistry.Default.Formats)
            {
                data.Add(id, format.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TopicsAndFormats))]
    public void Shipped_topic_renders_as_snapshotted(string id, string format)
    {
        var topic = Guide.LoadEmbedded().GetTopic(id, "en");
        var output = GuideRenderer.Default.Render(topic, Formats.Named(format));
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
