using System.Text.Json;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Rendering;

/// <summary>
/// A crisis region chosen by the reader reaches every format: the crisis box of the HTML page, the fragment, the text
/// and the JSON all show that region's services and emergency number, and no other country's lines.
/// </summary>
public sealed class CrisisRegionTests
{
    private static AllyGuide.Localization.LocalizedCrisis Crisis => Guide.LoadEmbedded().Localize("en").Crisis;

    public static TheoryData<string, string> RegionsAndFormats()
    {
        var choices = Crisis.Regions.SelectMany(r => new[] { r.Id }.Concat(r.Countries)).Append("JP").Append("").Distinct();
        var data = new TheoryData<string, string>();
        foreach (var region in choices)
        {
            foreach (var format in FormatterRegistry.Default.Formats)
            {
                data.Add(region, format.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegionsAndFormats))]
    public void Every_format_shows_the_chosen_region(string region, string format)
    {
        var expected = Crisis.GetRegion(region);
        var renderer = new GuideRenderer(RendererOptions.Default with { Region = region.Length == 0 ? null : region });
        var output = renderer.Render(Guide.LoadEmbedded().GetTopic("listening", "en"), Formats.Named(format));

        if (format == "json")
        {
            using var json = JsonDocument.Parse(output);
            Assert.Equal(expected.Id, json.RootElement.GetProperty("crisis").GetProperty("region").GetProperty("id").GetString());
            return;
        }

        AssertShows(expected, CrisisBox(output, format));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("AU")]
    [InlineData("JP")]
    public void The_index_page_shows_the_chosen_region(string region)
    {
        var renderer = new GuideRenderer(RendererOptions.Default with { Region = region });
        using var writer = new StringWriter();
        renderer.RenderIndexPage(Guide.LoadEmbedded().Localize("en"), writer);
        AssertShows(Crisis.GetRegion(region), CrisisBox(writer.ToString(), "html"));
    }

    /// <summary>What the crisis box of a render lists: service names and the emergency number, read from its structure.</summary>
    private static (List<string> Services, string? Emergency) CrisisBox(string output, string format)
    {
        if (format == "text")
        {
            var start = output.IndexOf("Need help right now?", StringComparison.Ordinal);
            var box = output[start..output.IndexOf("\n\n\n", start, StringComparison.Ordinal)].Split('\n');
            var services = box.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && l.EndsWith(':'))
                .Select(l => l.Trim().TrimEnd(':')).ToList();
            var emergency = box.FirstOrDefault(l => l.StartsWith("  Emergency services: ", StringComparison.Ordinal))?["  Emergency services: ".Length..];
            return (services, emergency);
        }

        var callout = new HtmlParser().ParseDocument(output).QuerySelector("aside.crisis-callout");
        Assert.NotNull(callout);
        var names = callout.QuerySelectorAll("ul.crisis-services > li > strong").Select(e => e.TextContent).ToList();
        var call = callout.QuerySelectorAll("ul.crisis-services > li").FirstOrDefault(li => li.QuerySelector("strong") is null)?.QuerySelector("a")?.TextContent;
        return (names, call);
    }

    private static void AssertShows(LocalizedRegion expected, (List<string> Services, string? Emergency) box)
    {
        Assert.NotEmpty(expected.Services);
        Assert.Equal(expected.Services.Select(s => s.Name.Text), box.Services);
        Assert.Equal(expected.Emergency, box.Emergency);
    }
}
