using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AllyGuide.Cli.Preview;

/// <summary>
/// Serves the site folder on 127.0.0.1 only, for a person previewing it: GET and HEAD, nothing cached, and HTML pages
/// (in the response only, never on disk) given a small script that reloads them when <see cref="SiteBuilds"/> moves on.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Where pages ask for the build number.</summary>
    public const string VersionPath = "/_allyguide/version";

    private const string ReservedPrefix = "/_allyguide/";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly WebApplication app;
    private readonly string root;
    private readonly SiteBuilds builds;

    private PreviewServer(WebApplication app, string root, SiteBuilds builds)
    {
        this.app = app;
        this.root = root;
        this.builds = builds;
    }

    /// <summary>The port it listens on: the one asked for, or the one the system chose for port 0.</summary>
    public int Port { get; private set; }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/>.</summary>
    /// <exception cref="IOException">The port is taken or cannot be used.</exception>
    public static async Task<PreviewServer> StartAsync(string root, int port, SiteBuilds builds)
    {
        // The empty builder reads no appsettings.json, environment variables or command line, so nothing in the
        // folder it runs in can add an endpoint, and it logs nothing: allyguide says what happens itself.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost
            .UseKestrelCore()
            .ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, port);
            })
            .UseShutdownTimeout(TimeSpan.FromSeconds(3));
        builder.Services.AddSingleton<IHostLifetime, SignalsHandledByCaller>();
        var app = builder.Build();
        var server = new PreviewServer(app, root, builds);
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        // A page elsewhere that points a name it controls at 127.0.0.1 (DNS rebinding) is not answered.
        var host = request.Host.Host;
        if (!(host == "127.0.0.1" || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) || (request.Host.Port ?? 80) != Port)
        {
            await Text(context, StatusCodes.Status400BadRequest, $"allyguide serve answers only at http://127.0.0.1:{Port}/").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD.").ConfigureAwait(false);
            return;
        }

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var path = target.Split('?', 2)[0];
        if (path == VersionPath)
        {
            // Just the number, which the page compares as it is.
            await Send(context, StatusCodes.Status200OK, "version.txt", Utf8.GetBytes(builds.Number.ToString(CultureInfo.InvariantCulture)), 0).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith(ReservedPrefix, StringComparison.Ordinal))
        {
            await Text(context, StatusCodes.Status404NotFound, "Not found.").ConfigureAwait(false);
            return;
        }

        // The number is read before the page, so a page is never marked newer than it is: at worst it reloads once more.
        var version = builds.Number;
        var lookup = SiteFiles.Find(root, target);
        if (lookup.Kind == LookupKind.NotFound && builds.IsBuilding)
        {
            // Between the two renames of a build's swap the folder is briefly missing: wait for the build, look again.
            await builds.WhenIdle(TimeSpan.FromSeconds(30), context.RequestAborted).ConfigureAwait(false);
            version = builds.Number;
            lookup = SiteFiles.Find(root, target);
        }

        switch (lookup.Kind)
        {
            case LookupKind.BadRequest:
                await Text(context, StatusCodes.Status400BadRequest, "Bad request: no file of the site has that path.").ConfigureAwait(false);
                return;
            case LookupKind.Redirect:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = lookup.Path + (target.Contains('?', StringComparison.Ordinal) ? target[target.IndexOf('?', StringComparison.Ordinal)..] : "");
                return;
            case LookupKind.File when await ReadAsync(lookup.Path!, context.RequestAborted).ConfigureAwait(false) is { } body:
                await Send(context, StatusCodes.Status200OK, lookup.Path!, body, version).ConfigureAwait(false);
                return;
            default:
                if (SiteFiles.NotFoundPage(root, target) is { } page && await ReadAsync(page, context.RequestAborted).ConfigureAwait(false) is { } notFound)
                {
                    await Send(context, StatusCodes.Status404NotFound, page, notFound, version).ConfigureAwait(false);
                }
                else
                {
                    await Text(context, StatusCodes.Status404NotFound, "Not found.").ConfigureAwait(false);
                }

                return;
        }
    }

    /// <summary>The file's bytes, or null when it went away (a build swapped the folder) or cannot be read.</summary>
    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellation)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task Send(HttpContext context, int status, string path, byte[] body, int version)
    {
        if (SiteFiles.IsHtml(path))
        {
            body = WithReloadScript(body, version);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = SiteFiles.ContentType(path);
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task Text(HttpContext context, int status, string text) =>
        Send(context, status, "response.txt", Utf8.GetBytes(text + "\n"), 0);

    /// <summary>
    /// The page with a script before its last <c>&lt;/body&gt;</c> (or at the end) that asks for the build number each
    /// second and reloads the page when it is no longer the one the page was served from.
    /// </summary>
    private static byte[] WithReloadScript(byte[] html, int version)
    {
        var text = Utf8.GetString(html);
        var v = version.ToString(CultureInfo.InvariantCulture);
        var script = $"<script data-allyguide-serve>setInterval(()=>fetch(\"{VersionPath}\",{{cache:\"no-store\"}}).then(r=>r.ok?r.text():\"{v}\").then(t=>{{if(t!==\"{v}\")location.reload()}},()=>{{}}),1000)</script>\n";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Utf8.GetBytes(end < 0 ? text + script : text.Insert(end, script));
    }

    /// <summary>Ctrl+C and the other signals are the preview's to handle (it deletes its folder), not the host's.</summary>
    private sealed class SignalsHandledByCaller : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
