using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Site;
using BenchmarkDotNet.Attributes;

namespace AllyGuide.Benchmarks;

/// <summary>The library's main paths on the shipped guide (eleven English topics).</summary>
[MemoryDiagnoser]
public class GuideBenchmarks
{
    private readonly string _content = FindContent();
    private readonly string _site = Path.Combine(Path.GetTempPath(), "allyguide-bench-site");
    private Guide _guide = null!;
    private LocalizedTopic _topic = null!;

    [GlobalSetup]
    public void Setup()
    {
        _guide = Guide.LoadEmbedded();
        _topic = _guide.GetTopic("listening", "en");
        GuideRenderer.Default.Render(_topic, OutputFormat.Html);
    }

    [Benchmark(Description = "Load the embedded guide (parse + validate)")]
    public Guide LoadEmbedded() => Guide.Load(ContentSource.Embedded);

    [Benchmark(Description = "Load the content folder from disk")]
    public Guide LoadFolder() => Guide.Load(ContentSource.FromDirectory(_content));

    [Benchmark(Description = "Validate the content folder (incl. dry-run render)")]
    public int Validate() => Guide.Validate(ContentSource.FromDirectory(_content)).Length;

    [Benchmark(Description = "GetTopic (cached locale)")]
    public LocalizedTopic GetTopic() => _guide.GetTopic("listening", "en-US");

    [Benchmark(Description = "Render a topic: HTML page")]
    public string RenderHtml() => GuideRenderer.Default.Render(_topic, OutputFormat.Html);

    [Benchmark(Description = "Render a topic: text")]
    public string RenderText() => GuideRenderer.Default.Render(_topic, OutputFormat.Text);

    [Benchmark(Description = "Render a topic: JSON")]
    public string RenderJson() => GuideRenderer.Default.Render(_topic, OutputFormat.Json);

    /// <summary>A rebuild into the folder the previous iteration built (checked against its manifest, then swapped); ScaleBenchmarks builds fresh.</summary>
    [Benchmark(Description = "Rebuild the static site into the same folder")]
    public int BuildSite() => GuideSite.Build(_guide, _site).Files.Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    internal static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "guide.yaml");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository.");
    }
}
