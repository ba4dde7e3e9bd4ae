using System.Globalization;
using AllyGuide;
using AllyGuide.Benchmarks;
using AllyGuide.Loading;
using BenchmarkDotNet.Running;

// `generate N DIR` writes a content folder with N synthetic topics beside the shipped ones (see SyntheticGuide);
// `hugo CONTENT DIR` writes the same pages as a Hugo project (see HugoSite); `check-baselines` checks that the
// hand-written page matches the templates' for every topic (see BaselineBenchmarks); anything else runs the benchmarks.
if (args is ["generate", var count, var directory])
{
    var topics = SyntheticGuide.Write(directory, int.Parse(count, CultureInfo.InvariantCulture));
    Console.WriteLine($"{directory}: {topics:N0} topics");
    return;
}

if (args is ["hugo", var content, var hugo])
{
    Console.WriteLine($"{hugo}: {HugoSite.Write(content, hugo):N0} topic pages");
    return;
}

if (args is ["check-baselines"])
{
    var guide = Guide.Load(ContentSource.FromDirectory(GuideBenchmarks.FindContent()), LoadOptions.Default with { EditorialLints = false });
    Console.WriteLine($"The hand-written page matches the templates byte for byte: {BaselineBenchmarks.Check(guide):N0} pages.");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GuideBenchmarks).Assembly).Run(args);
