using System.Diagnostics;
using System.Reflection;

namespace AllyGuide.Cli.Tests;

/// <summary>Runs the real allyguide CLI as a separate process.</summary>
internal static class CliRunner
{
    public static string ProjectDirectory { get; } = typeof(CliRunner).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    private static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "AllyGuide.Cli.dll");

    /// <summary>The date tests check review dates as of (<c>--today</c>), so no test depends on the day it runs.</summary>
    public const string Today = "2026-11-24";

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts the CLI without waiting for it, for tests that stop it part way. Output is discarded.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = Info(workingDirectory, new Dictionary<string, string>(), args);
        start.RedirectStandardOutput = false;
        start.RedirectStandardError = false;
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>
    /// Runs the CLI with a pseudo-terminal as its standard output, through util-linux <c>script</c>, as a person at a
    /// terminal would. Standard error is merged into the output.
    /// </summary>
    public static CliResult RunOnTerminal(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", CliAssembly }.Concat(args).Select(Quote));
        var start = Info(workingDirectory, environment, []);
        start.FileName = Terminal.Script;
        start.ArgumentList.Clear();
        foreach (var arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        return Wait(start, args);
    }

    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Wait(Info(workingDirectory, environment, args), args);

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static CliResult Wait(ProcessStartInfo start, string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"allyguide {string.Join(' ', args)} did not finish in two minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result, stopwatch.Elapsed);
    }

    internal static ProcessStartInfo Info(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>No .NET stack trace or unhandled-exception banner ever reaches the user.</summary>
    public void AssertNoCrash()
    {
        Assert.DoesNotContain("Unhandled exception", Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\s+at [\w.<>]+\(", Stderr);
        Assert.DoesNotMatch(@"\n\s+at [\w.<>]+\(", Stdout);
        Assert.NotEqual(134, ExitCode);
        Assert.NotEqual(70, ExitCode);
    }
}
