using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Site;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AllyGuide.Benchmarks;

/// <summary>
/// The same paths on guides of growing size: the shipped guide alone, and with 1,000 and 10,000 synthetic topics
/// (<see cref="SyntheticGuide"/>). The site is built fresh each time, into a folder that does not exist yet.
/// These take seconds each, so every iteration is one call, timed alone: one warm-up and nine measured iterations in
/// one process (a benchmark's first call includes its JIT, which the warm-up absorbs). The fast lookup is in
/// <see cref="LookupBenchmarks"/>, with BenchmarkDotNet's default job.
/// Run: <c>dotnet run -c Release --project tests/AllyGuide.Benchmarks -- --filter '*ScaleBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 9)]
public class ScaleBenchmarks
{
    private string _root = "";
    private string _content = "";
    private string _site = "";
    private Guide _guide = null!;
    private LocalizedGuide _english = null!;
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
    }

    [IterationSetup(Target = nameof(BuildSite))]
    public void NewSiteFolder() => _site = Path.Combine(_root, "site-" + _build++);

    [IterationCleanup(Target = nameof(BuildSite))]
    public void RemoveSiteFolder() => Directory.Delete(_site, recursive: true);

    [Benchmark(Description = "Load the folder (without editorial lints)")]
    public Guide Load() => Guide.Load(ContentSource.FromDirectory(_content), LoadOptions.Default with { EditorialLints = false });

    [Benchmark(Description = "Load the folder (every check)")]
    public Guide LoadChecked() => Guide.Load(ContentSource.FromDirectory(_content));

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

/// <summary>Looking up the last topic in reading order, on guides of growing size: constant time, whatever the size.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private string _root = "";
    private Guide _guide = null!;
    private string _last = "";

    /// <summary>Synthetic topics added to the shipped ones.</summary>
    [Params(0, 1_000, 10_000)]
    public int SyntheticTopics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "allyguide-lookup-" + Guid.NewGuid().ToString("N"));
        SyntheticGuide.Write(_root, SyntheticTopics);
        _guide = Guide.Load(ContentSource.FromDirectory(_root), LoadOptions.Default with { EditorialLints = false });
        _last = _guide.TopicOrder[^1];
        _guide.Localize("en");
    }

    [Benchmark(Description = "Look up the last topic")]
    public LocalizedTopic? LastTopic() => _guide.TryGetTopic(_last, "en", out var topic) ? topic : null;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);
}
