using System.Text.Json;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Html.Parser;
using YamlDotNet.RepresentationModel;

namespace AllyGuide.Tests.Localization;

/// <summary>
/// Every declared locale, with and without a region subtag and with and without an explicit region, shows the crisis
/// region the rule gives, in every format and on the index and crisis pages: the explicit choice, else the locale's
/// region subtag, else the first region the locale declares, else the fallback, never another country's lines.
/// The expected region is read off guide.yaml and crisis.yaml by this test, not asked of the library.
/// </summary>
public sealed class LocaleRegionTests
{
    private static readonly string[] Requests = ["en", "en-GB", "en-AU", "en-IN", "es", "es-ES", "es-MX", "es-US", "es-AR", "ar", "ar-EG", "fr"];
    private static readonly string?[] Choices = [null, "uk", "MX", "es", "JP"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var locale in Requests)
        {
            foreach (var choice in Choices)
            {
                foreach (var format in FormatterRegistry.Default.Formats.Select(f => f.Name).Append("index").Append("crisis"))
                {
                    data.Add(locale, choice ?? "", format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shows_the_region_the_rule_gives(string locale, string choice, string format)
    {
        var expected = ExpectedRegion(locale, choice.Length == 0 ? null : choice);
        var guide = Guide.LoadEmbedded();
        var localized = guide.Localize(locale);
        var region = localized.Crisis.Regions.FirstOrDefault(r => r.Id == expected) ?? localized.Crisis.Fallback;
        Assert.Equal(expected, region.Id);
        var renderer = new GuideRenderer(RendererOptions.Default with { Region = choice.Length == 0 ? null : choice });
        var topic = guide.GetTopic("helping-in-a-crisis", locale);

        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(renderer.Render(topic, OutputFormat.Json)))
                {
                    Assert.Equal(expected, json.RootElement.GetProperty("crisis").GetProperty("region").GetProperty("id").GetString());
                }

                break;
            case "text":
                var text = renderer.Render(topic, OutputFormat.Text);
                AssertNumbers(region, text[..text.IndexOf("\n\n\n", StringComparison.Ordinal)]);
                break;
            case "crisis":
                using (var page = new StringWriter())
                {
                    renderer.RenderCrisisPage(localized, page);
                    var first = new HtmlParser().ParseDocument(page.ToString()).QuerySelector("section.crisis-region")!;
                    Assert.Equal(region.IsFallback ? $"region-{localized.Crisis.Regions[0].Id}" : $"region-{expected}", first.Id);
                }

                break;
            default:
                var html = format == "index" ? Index(renderer, localized) : renderer.Render(topic, Formats.Named(format));
                var callout = new HtmlParser().ParseDocument(html).QuerySelector("aside.crisis-callout")!;
                AssertNumbers(region, callout.TextContent);
                Assert.Equal(region.Services.Select(s => s.Name.Text), callout.QuerySelectorAll("ul.crisis-services > li > strong").Select(e => e.TextContent));
                break;
        }
    }

    private static string Index(GuideRenderer renderer, LocalizedGuide guide)
    {
        using var writer = new StringWriter();
        renderer.RenderIndexPage(guide, writer);
        return writer.ToString();
    }

    /// <summary>The region's own numbers are there, and no number only another region has.</summary>
    private static void AssertNumbers(LocalizedRegion region, string box)
    {
        var own = region.Services.SelectMany(s => s.Contacts).Where(c => c.Kind is Model.CrisisContactKind.Call or Model.CrisisContactKind.Text).Select(c => c.Value)
            .Concat(region.Emergency is null ? [] : [region.Emergency]).ToHashSet();
        Assert.All(own, number => Assert.Contains(number, box, StringComparison.Ordinal));
        var others = Guide.LoadEmbedded().Localize().Crisis.Regions.Where(r => r.Id != region.Id)
            .SelectMany(r => r.Services.SelectMany(s => s.Contacts).Select(c => c.Value).Concat(r.Emergency is null ? [] : [r.Emergency]))
            .Where(n => char.IsAsciiDigit(n[0]) && !own.Contains(n) && !own.Any(o => o.Contains(n, StringComparison.Ordinal)));
        Assert.All(others, number => Assert.DoesNotContain(" " + number, " " + box.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    /// <summary>The rule, read off the content files.</summary>
    private static string ExpectedRegion(string locale, string? choice)
    {
        var regions = ReadRegistry();
        var fallback = "elsewhere";
        string ByChoice(string c) => regions.Where(r => string.Equals(r.Id, c, StringComparison.OrdinalIgnoreCase) || r.Countries.Contains(c.ToUpperInvariant())).Select(r => r.Id).FirstOrDefault() ?? fallback;
        if (choice is not null)
        {
            return ByChoice(choice);
        }

        var parts = locale.Split('-');
        if (parts.Length > 1 && parts[1].Length == 2)
        {
            return ByChoice(parts[1]);
        }

        var declared = ReadLocaleRegions();
        var language = declared.ContainsKey(parts[0]) ? parts[0] : "en";
        return declared[language].Length > 0 ? ByChoice(declared[language][0]) : fallback;
    }

    private static List<(string Id, string[] Countries)> ReadRegistry()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.ContentDirectory, "crisis.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root["regions"]).Cast<YamlMappingNode>().Select(r =>
            (((YamlScalarNode)r["id"]).Value!, ((YamlSequenceNode)r["countries"]).Select(c => ((YamlScalarNode)c).Value!).ToArray()))];
    }

    private static Dictionary<string, string[]> ReadLocaleRegions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.ContentDirectory, "guide.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root["locales"]).Cast<YamlMappingNode>().ToDictionary(
            l => ((YamlScalarNode)l["code"]).Value!,
            l => l.Children.TryGetValue("regions", out var r) ? ((YamlSequenceNode)r).Select(c => ((YamlScalarNode)c).Value!).ToArray() : []);
    }
}
