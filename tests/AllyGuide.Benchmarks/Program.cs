using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AllyGuide.Benchmarks.GuideBenchmarks).Assembly).Run(args);
