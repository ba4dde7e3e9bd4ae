using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>The web sample, run as its own process on a free port, serves a topic.</summary>
public sealed partial class SampleSmokeTests
{
    [Fact]
    public async Task The_web_sample_serves_a_topic()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", "AllyGuide.WebSample", "bin", TestPaths.Configuration, "net10.0");
        var dll = Path.Combine(folder, "AllyGuide.WebSample.dll");
        Assert.True(File.Exists(dll), $"The sample is not built: {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    output.Enqueue(line);
                    if (Listening().Match(line) is { Success: true } match)
                    {
                        address.TrySetResult(match.Groups[1].Value);
                    }
                }
            };
            process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var started = await Task.WhenAny(address.Task, Task.Delay(TimeSpan.FromSeconds(60)), process.WaitForExitAsync());
            Assert.True(started == address.Task, "The sample did not start:\n" + string.Join("\n", output));

            using var client = new HttpClient { BaseAddress = new Uri(await address.Task) };
            using var response = await client.GetAsync("/guide/listening?format=text");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            Assert.StartsWith("Listening with empathy", body);
            Assert.Contains("988", body);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
