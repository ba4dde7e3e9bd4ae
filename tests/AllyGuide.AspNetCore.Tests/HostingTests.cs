using AllyGuide.Hosting;
using AllyGuide.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>Options from configuration, content through a host's file provider, diagnostics in the host's log.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Options_are_bound_from_the_AllyGuide_configuration_section()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        await using var server = await GuideServer.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["AllyGuide:ContentPath"] = content,
            ["AllyGuide:DefaultLocale"] = "es",
            ["AllyGuide:Region"] = "gb",
            ["AllyGuide:ReloadDelay"] = "00:00:00.050",
        });

        using var response = await server.GetAsync("/guide/listening?format=text");
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Escuchar con empatía", body);
        Assert.Contains("116 123", body);
        Assert.True(server.Provider.Current.IsReloadable);
        Assert.Equal("es", server.Provider.Current.DefaultLocale);
    }

    [Fact]
    public void Every_setting_of_the_section_is_read_and_a_value_of_the_wrong_kind_is_named()
    {
        static AllyGuideOptions Read(Dictionary<string, string?> values)
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(
                new ConfigurationBuilder().AddInMemoryCollection(values).Build());
            services.AddAllyGuide();
            using var provider = services.BuildServiceProvider();
            return provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AllyGuideOptions>>().Value;
        }

        var options = Read(new()
        {
            ["AllyGuide:ContentPath"] = "guide-content",
            ["AllyGuide:TemplatesPath"] = "guide-templates",
            ["AllyGuide:DefaultLocale"] = "es-MX",
            ["AllyGuide:Region"] = "mx",
            ["AllyGuide:Watch"] = "False",
            ["AllyGuide:ReloadDelay"] = "00:00:01.500",
            ["AllyGuide:MaxFileBytes"] = "2097152",
        });
        Assert.Equal(("guide-content", "guide-templates", "es-MX", "mx"), (options.ContentPath, options.TemplatesPath, options.DefaultLocale, options.Region));
        Assert.False(options.Watch);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ReloadDelay);
        Assert.Equal(2_097_152, options.MaxFileBytes);

        var defaults = Read([]);
        Assert.Equal((null, true, TimeSpan.FromMilliseconds(300), (int?)null), (defaults.ContentPath, defaults.Watch, defaults.ReloadDelay, defaults.MaxFileBytes));

        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["AllyGuide:Watch"] = "sometimes" }));
        Assert.Equal("Configuration value 'AllyGuide:Watch' is 'sometimes'; it must be true or false.", error.Message);
        error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["AllyGuide:MaxFileBytes"] = "1 MB" }));
        Assert.Contains("'AllyGuide:MaxFileBytes' is '1 MB'; it must be a whole number of bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_is_one_renderer_however_it_is_spelled()
    {
        await using var server = await GuideServer.StartAsync();
        var snapshot = server.Provider.Current;
        var uk = snapshot.GetRenderer("uk");
        Assert.Same(uk, snapshot.GetRenderer("GB"));
        Assert.Same(uk, snapshot.GetRenderer(" gb "));
        Assert.Equal("uk", uk.Options.Region);
        // Countries without listed services all show the fallback's directory of helplines: one renderer.
        Assert.Same(snapshot.GetRenderer("FR"), snapshot.GetRenderer("de"));
        Assert.Throws<ArgumentException>(() => snapshot.GetRenderer("atlantis"));

        using var response = await server.GetAsync("/guide/listening?format=text&region=Gb");
        Assert.Contains("116 123", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_formatter_registered_in_the_services_is_served()
    {
        await using var server = await GuideServer.StartAsync(services: s => s.AddSingleton<Rendering.IGuideFormatter, SmsFormatter>());
        using var response = await server.GetAsync("/guide/listening", accept: "text/x-sms");
        Assert.Equal("text/x-sms", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Listening with empathy. 988. Emergency: 911", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Content_is_read_through_a_host_file_provider_and_reloads_on_its_change_tokens()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        using var files = new PhysicalFileProvider(content);
        await using var server = await GuideServer.StartAsync(o => (o.FileProvider, o.ReloadDelay) = (files, TimeSpan.FromMilliseconds(50)));

        using var before = await server.GetAsync("/guide/listening?format=text");
        Assert.StartsWith("Listening with empathy", await before.Content.ReadAsStringAsync());

        ContentEdits.Replace(ContentEdits.ListeningPath(content), "title: Listening with empathy", "title: Listening through a provider");
        await ContentEdits.WaitUntilAsync(async () => (await (await server.GetAsync("/guide/listening?format=text")).Content.ReadAsStringAsync()).StartsWith("Listening through a provider", StringComparison.Ordinal), "the provider's change is served");
    }

    [Fact]
    public void The_file_provider_source_reads_nothing_outside_its_root()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var outside = temp.Combine("secret.yaml");
        File.WriteAllText(outside, "secret: true\n");
        File.CreateSymbolicLink(Path.Combine(content, "en", "topics", "linked.yaml"), outside);
        using var files = new PhysicalFileProvider(content);
        var source = new FileProviderContentSource(files, "content");

        Assert.False(source.FileExists("../secret.yaml"));
        Assert.Throws<IOException>(() => source.OpenRead("../secret.yaml"));
        Assert.Throws<IOException>(() => source.OpenRead("/etc/passwd"));
        Assert.Empty(source.EnumerateFiles(".."));
        Assert.DoesNotContain("en/topics/linked.yaml", source.EnumerateFiles("en/topics"));
        Assert.Throws<IOException>(() => source.OpenRead("en/topics/linked.yaml"));
        Assert.Contains("en/topics/listening.yaml", source.EnumerateFiles("en/topics"));

        var loaded = Guide.TryLoad(source);
        Assert.True(loaded.Success, string.Join("\n", loaded.Diagnostics));
    }

    [Fact]
    public void The_file_provider_source_keeps_the_size_limit()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        using var files = new PhysicalFileProvider(content);
        var loaded = Guide.TryLoad(new FileProviderContentSource(files, "content"), LoadOptions.Default with { MaxFileBytes = 2_000 });
        Assert.Contains(loaded.Diagnostics, d => d.Code == "AG0002" && d.FilePath.StartsWith("content/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnostics_reach_the_hosts_logger_with_their_codes()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var path = ContentEdits.ListeningPath(content);
        ContentEdits.Replace(path, "reviewed: 2026-11-20", "reviewed: 2020-01-01");
        ContentEdits.Replace(path, "next_review: 2027-11-20", "next_review: 2021-01-01");
        await using var server = await GuideServer.StartAsync(o => o.ContentPath = content);

        // The topic made overdue here; others are overdue too when the clock runs past their own review dates.
        var warning = Assert.Single(server.Logs.Entries, e => e.EventId.Name == "AG0107" && e.Message.Contains("listening.yaml", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(107, warning.EventId.Id);
        Assert.Equal("AG0107", warning.Properties["DiagnosticCode"]);
        Assert.Contains(server.Provider.Current.Diagnostics, d => d.Code == "AG0107");
    }

    [Fact]
    public async Task Content_with_errors_at_startup_stops_the_host()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        ContentEdits.Write(ContentEdits.ListeningPath(content), "title: [unclosed\n");
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var server = await GuideServer.StartAsync(o => o.ContentPath = content);
        });
        Assert.Contains("could not be loaded", failure.Message);
    }

    private sealed class SmsFormatter : Rendering.IGuideFormatter
    {
        public Rendering.OutputFormat Format { get; } = new("sms", "text/x-sms");

        public void Write(Rendering.RenderRequest request, TextWriter output)
        {
            var region = request.Document.Crisis.Region;
            output.Write($"{request.Document.Topic.Title}. {region.Services[0].Contacts[0].Value}");
            if (region.Emergency is { } emergency)
            {
                output.Write($". Emergency: {emergency}");
            }
        }
    }
}
