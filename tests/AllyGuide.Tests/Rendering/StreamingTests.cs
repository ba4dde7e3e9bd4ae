using System.Net;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllyGuide.Tests.Rendering;

/// <summary>
/// Rendering straight into an ASP.NET Core response body, on a real Kestrel on 127.0.0.1, which forbids synchronous
/// I/O by default: every format streams without blocking, and the bytes are those of the string render.
/// </summary>
public sealed class StreamingTests : IAsyncLifetime, IDisposable
{
    private WebApplication? _app;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var guide = Guide.LoadEmbedded();

        _app.MapGet("/topics/{id}.{format}", async (HttpContext context, string id, string format) =>
        {
            var formatter = GuideRenderer.Default.GetFormatter(format);
            context.Response.ContentType = formatter.Format.MediaType + "; charset=utf-8";
            await GuideRenderer.Default.RenderAsync(guide.GetTopic(id), formatter.Format, context.Response.Body, context.RequestAborted);
        });
        _app.MapGet("/writer/{id}", async (HttpContext context, string id) =>
        {
            await using var writer = new StreamWriter(context.Response.Body, leaveOpen: true);
            await GuideRenderer.Default.RenderAsync(guide.GetTopic(id), OutputFormat.Html, writer, context.RequestAborted);
            await writer.FlushAsync(context.RequestAborted);
        });
        _app.MapGet("/index", async (HttpContext context) =>
        {
            await using var writer = new StreamWriter(context.Response.Body, leaveOpen: true);
            await GuideRenderer.Default.RenderIndexPageAsync(guide.Localize("en"), writer, context.RequestAborted);
            await writer.FlushAsync(context.RequestAborted);
        });
        // What hosts did before: a synchronous render into the body. Kestrel refuses it, which shows the server is strict.
        _app.MapGet("/sync/{id}", (HttpContext context, string id) =>
        {
            using var writer = new StreamWriter(context.Response.Body, leaveOpen: true);
            GuideRenderer.Default.Render(guide.GetTopic(id), OutputFormat.Html, writer);
            writer.Flush();
        });

        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public void Dispose() => _http?.Dispose();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public static TheoryData<string, string> TopicsAndFormats() => SnapshotTests.TopicsAndFormats();

    [Theory]
    [MemberData(nameof(TopicsAndFormats))]
    public async Task A_topic_streams_into_a_response_with_synchronous_io_disallowed(string id, string format)
    {
        using var response = await _http!.GetAsync(new Uri($"topics/{id}.{format}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(GuideRenderer.Default.Render(Guide.LoadEmbedded().GetTopic(id), Formats.Named(format)), body);
    }

    [Fact]
    public async Task A_topic_streams_through_a_text_writer_and_the_index_page_too()
    {
        var page = await _http!.GetStringAsync(new Uri("writer/listening", UriKind.Relative));
        Assert.Equal(GuideRenderer.Default.Render(Guide.LoadEmbedded().GetTopic("listening"), OutputFormat.Html), page);

        using var expected = new StringWriter();
        GuideRenderer.Default.RenderIndexPage(Guide.LoadEmbedded().Localize("en"), expected);
        Assert.Equal(expected.ToString(), await _http.GetStringAsync(new Uri("index", UriKind.Relative)));
    }

    [Fact]
    public async Task The_server_refuses_synchronous_writes()
    {
        using var response = await _http!.GetAsync(new Uri("sync/listening", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
