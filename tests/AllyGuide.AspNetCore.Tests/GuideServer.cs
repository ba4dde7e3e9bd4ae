using System.Net;
using AllyGuide.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>A real Kestrel on 127.0.0.1, on a port the system picks, serving the guide; synchronous I/O is off.</summary>
internal sealed class GuideServer : IAsyncDisposable
{
    private GuideServer(WebApplication app, TestLogs logs, Uri address)
    {
        App = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public TestLogs Logs { get; }

    public HttpClient Client { get; }

    public IAllyGuideProvider Provider => App.Services.GetRequiredService<IAllyGuideProvider>();

    public static async Task<GuideServer> StartAsync(
        Action<AllyGuideOptions>? options = null,
        Action<AllyGuideEndpointOptions>? endpoints = null,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null)
    {
        var logs = new TestLogs();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            // Every write must be asynchronous: a synchronous one throws.
            kestrel.AllowSynchronousIO = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddAllyGuide(options);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map?.Invoke(app);
        app.MapAllyGuide("/guide", endpoints);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GuideServer(app, logs, new Uri(address));
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? accept = null, string? acceptLanguage = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
