using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>The endpoints describe themselves to ASP.NET Core's built-in OpenAPI document.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_names_and_describes_every_endpoint()
    {
        await using var server = await GuideServer.StartAsync(services: s => s.AddOpenApi(), map: app => app.MapOpenApi());
        using var response = await server.GetAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");

        var topic = paths.GetProperty("/guide/{locale}/{id}").GetProperty("get");
        Assert.Equal("AllyGuideTopic", topic.GetProperty("operationId").GetString());
        Assert.Equal("A topic in a locale", topic.GetProperty("summary").GetString());
        var parameters = topic.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["locale", "id", "format", "region"], parameters);
        var ok = topic.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(ok.TryGetProperty("text/html", out _));
        Assert.True(ok.TryGetProperty("application/json", out _));
        Assert.True(topic.GetProperty("responses").TryGetProperty("404", out _));

        Assert.Equal("AllyGuideTopics", paths.GetProperty("/guide").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("AllyGuideTopicOrLocale", paths.GetProperty("/guide/{segment}").GetProperty("get").GetProperty("operationId").GetString());
    }
}
