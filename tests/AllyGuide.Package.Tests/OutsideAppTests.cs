using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AllyGuide.Package.Tests;

/// <summary>
/// An app outside the repository, referencing AllyGuide and AllyGuide.AspNetCore from the feed as any developer would,
/// renders a topic and serves one over HTTP.
/// </summary>
[Collection(PackageFeedGroup.Name)]
public sealed partial class OutsideAppTests(PackageFeed feed)
{
    [Fact]
    public async Task An_app_outside_the_repository_renders_and_serves_a_topic_from_the_packages()
    {
        var app = feed.NewFolder("outside-app");
        File.WriteAllText(Path.Combine(app, "OutsideApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AllyGuide" Version="{feed.Version}" />
                <PackageReference Include="AllyGuide.AspNetCore" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using AllyGuide;
            using AllyGuide.Rendering;

            if (args is ["render", var id, var locale])
            {
                var topic = Guide.LoadEmbedded().GetTopic(id, locale);
                GuideRenderer.Default.Render(topic, OutputFormat.Text, Console.Out);
                return;
            }

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAllyGuide();
            var web = builder.Build();
            web.MapAllyGuide("/guide");
            web.Run();
            """);

        var build = Run.Dotnet(feed, app, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.Describe("dotnet build"));
        // The packages came from the feed: the restore recorded this version of each.
        var assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains($"\"AllyGuide/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"AllyGuide.AspNetCore/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.Contains($"\"AllyGuide.Hosting/{feed.Version}\"", assets, StringComparison.Ordinal);

        var dll = Path.Combine(app, "bin", "Release", "net10.0", "OutsideApp.dll");
        var render = Run.Process("dotnet", [dll, "render", "listening", "en-GB"], app);
        Assert.True(render.ExitCode == 0, render.Describe("render"));
        Assert.StartsWith("Listening with empathy", render.Output, StringComparison.Ordinal);
        Assert.Contains("116 123", render.Output, StringComparison.Ordinal); // Samaritans, for a reader in the UK

        await ServeAsync(dll, app, async client =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/guide/listening?format=text");
            request.Headers.AcceptLanguage.ParseAdd("es-MX");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            Assert.Equal("es-MX", Assert.Single(response.Content.Headers.ContentLanguage));
            Assert.Contains("Línea de la Vida", body, StringComparison.Ordinal);
            Assert.Contains("800 911 2000", body, StringComparison.Ordinal);
        });
    }

    private static async Task ServeAsync(string dll, string folder, Func<HttpClient, Task> use)
    {
        var start = Run.Info("dotnet", [dll, "--urls", "http://127.0.0.1:0"], folder, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
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
        try
        {
            var started = await Task.WhenAny(address.Task, Task.Delay(TimeSpan.FromSeconds(60)), process.WaitForExitAsync());
            Assert.True(started == address.Task, "The app did not start:\n" + string.Join("\n", output));
            using var client = new HttpClient { BaseAddress = new Uri(await address.Task) };
            await use(client);
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
