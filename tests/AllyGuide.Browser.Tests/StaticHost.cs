using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace AllyGuide.Browser.Tests;

/// <summary>
/// A static host for a built site, as a publisher's would be: Kestrel on 127.0.0.1, files from the site folder only,
/// <c>index.html</c> for a folder, and for an unknown address status 404 with the nearest page not found (the
/// language's own, else the root's). <c>?pause-after=N</c> sends a file as a slow connection would: its first N bytes, a
/// pause, then the rest.
/// </summary>
internal sealed class StaticHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>How long a page asked for with <c>?pause-after=N</c> stops after its first N bytes.</summary>
    public static TimeSpan PauseLength { get; } = TimeSpan.FromMilliseconds(400);

    public Uri Address { get; }

    public static async Task<StaticHost> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path.EndsWith('/'))
            {
                path += "index.html";
            }

            var file = files.GetFileInfo(path);
            var status = StatusCodes.Status200OK;
            if (!file.Exists || file.IsDirectory || Path.GetFileName(path).StartsWith('.'))
            {
                status = StatusCodes.Status404NotFound;
                var folder = path.TrimStart('/').Split('/')[0];
                file = files.GetFileInfo($"/{folder}/404.html") is { Exists: true } local ? local : files.GetFileInfo("/404.html");
                path = "/404.html";
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = types.TryGetContentType(path, out var type) ? type + (type.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : "") : "application/octet-stream";
            if (file.Exists && context.Request.Query["pause-after"] is [{ } after] && long.TryParse(after, out var split))
            {
                // A slow connection: the first bytes, a pause long enough for the browser to paint them, then the rest.
                await context.Response.SendFileAsync(file, 0, Math.Min(split, file.Length));
                await context.Response.Body.FlushAsync();
                await Task.Delay(PauseLength);
                await context.Response.SendFileAsync(file, Math.Min(split, file.Length), null);
            }
            else if (file.Exists)
            {
                await context.Response.SendFileAsync(file);
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        return new StaticHost(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
