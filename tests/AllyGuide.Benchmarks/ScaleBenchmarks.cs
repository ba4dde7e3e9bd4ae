using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Site;
using BenchmarkDotNet.Attributes;

namespace AllyGuide.Benchmarks;

/// <summary>
/// The same paths on guides of growing size: the shipped guide alone, and with 1,000 and 10,000 synthetic topics
/// (<see cref="SyntheticGuide"/>). The site is built fresh each time, into a folder that does not exist yet.
/// Run: <c>dotnet run -c Release --project tests/AllyGuide.Benchmarks -- --filter '*ScaleBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private string _root = "";
    private string _content = "";
    private string _site = "";
    private Guide _guide = null!;
    private LocalizedGuide _english = null!;
    private LocalizedTopic _last = null!;
    private int _build;

    /// <summary>Synthetic topics added to the shipped ones.</summary>
    [Params(0, 1_000, 10_000)]
    public int SyntheticTopics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "allyguide-scale-" + Guid.NewGuid().ToString("N"));
        _content = Path.Combine(_root, "content");
        SyntheticGuide.Write(_content, SyntheticTopics);
        _guide = Guide.Load(ContentSource.FromDirectory(_content), LoadOptions.Default with { EditorialLints = false });
        _english = _guide.Localize("en");
        _last = _english.Topics[^1];
    }

    [IterationSetup(Target = nameof(BuildSite))]
    public void NewSiteFolder() => _site = Path.Combine(_root, "site-" + _build++);

    [IterationCleanup(Target = nameof(BuildSite))]
    public void RemoveSiteFolder() => Directory.Delete(_site, recursive: true);

    [Benchmark(Description = "Load the folder (without editorial lints)")]
    public Guide Load() => Guide.Load(ContentSource.FromDirectory(_content), LoadOptions.Default with { EditorialLints = false });

    [Benchmark(Description = "Load the folder (every check)")]
    public Guide LoadChecked() => Guide.Load(ContentSource.FromDirectory(_content));

    [Benchmark(Description = "Look up the last topic")]
    public LocalizedTopic? LastTopic() => _guide.TryGetTopic(_last.Id, "en", out var topic) ? topic : null;

    [Benchmark(Description = "Render the English index page")]
    public int RenderIndex()
    {
        using var writer = new StringWriter();
        GuideRenderer.Default.RenderIndexPage(_english, writer);
        return writer.GetStringBuilder().Length;
    }

    [Benchmark(Description = "Build the whole site, fresh")]
    public int BuildSite() => GuideSite.Build(_guide, _site).Files.Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
