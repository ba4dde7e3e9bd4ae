using System.Text.Json;
using AllyGuide.Json;
using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AllyGuide.Benchmarks;

/// <summary>
/// The library against the simplest code that does the same work, each pair in its own category with the simple code
/// as the baseline (the Ratio column):
/// <list type="bullet">
/// <item>a topic's HTML page, as the site writes it, through the templates against <see cref="HandWrittenPage"/>;</item>
/// <item>loading the content folder (without the editorial lints, as <c>build</c> does) against reading and
/// deserializing every topic of every locale from the library's own JSON format, with System.Text.Json source
/// generation (<see cref="GuideJsonContext"/>). The JSON holds more than the YAML (each topic localized, with its
/// crisis services), so the baseline does not flatter the loader.</item>
/// </list>
/// Run: <c>dotnet run -c Release --project tests/AllyGuide.Benchmarks -- --filter '*BaselineBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class BaselineBenchmarks
{
    private readonly string _content = GuideBenchmarks.FindContent();
    private readonly string _json = Path.Combine(Path.GetTempPath(), "allyguide-baseline-" + Guid.NewGuid().ToString("N"));
    private GuideRenderer _renderer = null!;
    private HandWrittenPage _handWritten = null!;
    private LocalizedTopic _topic = null!;
    private string[] _jsonFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var guide = Guide.Load(ContentSource.FromDirectory(_content), LoadOptions.Default with { EditorialLints = false });
        var options = SiteOptions(guide);
        _renderer = new GuideRenderer(options);
        _handWritten = new HandWrittenPage(options);
        _topic = guide.GetTopic("listening", "en");
        Check(guide);

        Directory.CreateDirectory(_json);
        foreach (var locale in guide.Locales)
        {
            foreach (var topic in guide.Localize(locale.Code).Topics)
            {
                File.WriteAllText(Path.Combine(_json, $"{locale.Code}.{topic.Id}.json"), GuideRenderer.Default.Render(topic, OutputFormat.Json));
            }
        }

        _jsonFiles = Directory.GetFiles(_json);
        var yaml = Directory.EnumerateFiles(_content, "*.yaml", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var json = _jsonFiles.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// Content: {yaml:N0} bytes of YAML; the same topics as JSON: {_jsonFiles.Length} files, {json:N0} bytes.");
    }

    /// <summary>The options the site renders a locale's pages with, every language linked.</summary>
    internal static RendererOptions SiteOptions(Guide guide) => RendererOptions.Default with
    {
        TopicUrl = "{id}.html",
        IndexUrl = "index.html",
        CrisisUrl = "crisis.html",
        AboutUrl = "about.html",
        SearchUrl = "search.html",
        StylesheetUrl = "../assets/site.css",
        AssetsUrl = "../assets/",
        AudienceUrl = "for-{audience}.html",
        Languages = guide.Locales,
        LanguageUrl = "../{locale}/{page}",
        CanonicalUrl = "https://guide.example.org/{locale}/{page}",
    };

    /// <summary>
    /// The baseline must write the same page, or the ratio means nothing: every topic in every locale, with the site's
    /// options and with the defaults (no languages, no public address), byte for byte.
    /// </summary>
    internal static int Check(Guide guide)
    {
        var pages = 0;
        foreach (var options in new[] { SiteOptions(guide), RendererOptions.Default })
        {
            var renderer = new GuideRenderer(options);
            var handWritten = new HandWrittenPage(options);
            foreach (var locale in guide.Locales)
            {
                foreach (var topic in guide.Localize(locale.Code).Topics)
                {
                    var expected = renderer.Render(topic, OutputFormat.Html);
                    var actual = handWritten.Write(topic);
                    if (expected != actual)
                    {
                        var at = expected.AsSpan().CommonPrefixLength(actual);
                        throw new InvalidOperationException(
                            $"The hand-written page of '{topic.Id}' in '{locale.Code}' differs from the templates' at character {at}:\n" +
                            $"templates: {Around(expected, at)}\nhand-written: {Around(actual, at)}");
                    }

                    pages++;
                }
            }
        }

        return pages;

        static string Around(string text, int at) => text[Math.Max(0, at - 80)..Math.Min(text.Length, at + 80)];
    }

    [BenchmarkCategory("Topic to HTML page"), Benchmark(Baseline = true, Description = "Hand-written StringBuilder")]
    public string HandWritten() => _handWritten.Write(_topic);

    [BenchmarkCategory("Topic to HTML page"), Benchmark(Description = "Templates (Scriban)")]
    public string Templates() => _renderer.Render(_topic, OutputFormat.Html);

    [BenchmarkCategory("Load the content"), Benchmark(Baseline = true, Description = "Every topic from JSON (STJ source-generated)")]
    public int DeserializeJson()
    {
        var sections = 0;
        foreach (var file in _jsonFiles)
        {
            var document = JsonSerializer.Deserialize(File.ReadAllBytes(file), GuideJsonContext.Default.TopicDocument)!;
            sections += document.Topic.Sections.Count;
        }

        return sections;
    }

    [BenchmarkCategory("Load the content"), Benchmark(Description = "The YAML folder (without editorial lints)")]
    public Guide LoadFolder() => Guide.Load(ContentSource.FromDirectory(_content), LoadOptions.Default with { EditorialLints = false });

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_json))
        {
            Directory.Delete(_json, recursive: true);
        }
    }
}
