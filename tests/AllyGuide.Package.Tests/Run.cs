using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace AllyGuide.Package.Tests;

/// <summary>The result of a finished process.</summary>
internal sealed record RunResult(int ExitCode, string Output, string Error)
{
    public string Describe(string what) => $"{what} exited {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}

/// <summary>Starts processes (dotnet, the installed tool, published apps) and the paths they work in.</summary>
internal static class Run
{
    public static string RepositoryRoot { get; } = typeof(Run).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Runs a program to the end, with a time limit, and returns what it printed.</summary>
    public static RunResult Process(
        string fileName,
        IEnumerable<string> args,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = Info(fileName, args, workingDirectory, environment);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lock (output) { output.AppendLine(line); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { lock (error) { error.AppendLine(line); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in time.\n{output}\n{error}");
        }

        process.WaitForExit();
        return new RunResult(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet</c> with a package cache of its own, so nothing from the machine's cache is mistaken for the packages under test.</summary>
    public static RunResult Dotnet(PackageFeed feed, string workingDirectory, params string[] args) =>
        Process("dotnet", args, workingDirectory, feed.Environment);

    public static ProcessStartInfo Info(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The repository's own build settings must not leak into a project that stands for someone else's.
        start.Environment.Remove("MSBuildExtensionsPath");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
