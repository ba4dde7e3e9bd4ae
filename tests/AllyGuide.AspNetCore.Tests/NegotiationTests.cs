using System.Net;
using System.Text.Json;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>One format per request: <c>?format=</c>, else <c>Accept</c>; every format with the crisis lines.</summary>
public sealed class NegotiationTests : IAsyncLifetime
{
    private GuideServer _server = null!;

    public async Task InitializeAsync() => _server = await GuideServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Accept_text_html_gives_the_whole_page()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/html");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Listening with empathy", body);
        Assert.Contains("988", body);
        Assert.Contains("</html>", body);
    }

    [Fact]
    public async Task No_accept_header_gives_the_page()
    {
        using var response = await _server.GetAsync("/guide/listening");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Accept_text_plain_gives_text()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/plain");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Listening with empathy", body);
        Assert.DoesNotContain("<", body);
        Assert.Contains("988", body);
    }

    [Fact]
    public async Task Accept_application_json_gives_the_topic_document()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "application/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("listening", json.RootElement.GetProperty("topic").GetProperty("id").GetString());
        Assert.Contains("988", json.RootElement.GetProperty("crisis").GetRawText());
    }

    [Fact]
    public async Task Quality_values_choose_between_formats()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/html;q=0.5, application/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Format_fragment_gives_html_to_embed()
    {
        using var response = await _server.GetAsync("/guide/listening?format=fragment", accept: "application/json");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body);
        Assert.DoesNotContain("<!DOCTYPE", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Listening with empathy", body);
        Assert.Contains("988", body);
    }

    [Fact]
    public async Task An_unknown_format_is_400_listing_the_formats()
    {
        using var response = await _server.GetAsync("/guide/listening?format=pdf", accept: "application/json");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("fragment", body);
    }

    [Fact]
    public async Task Nothing_acceptable_is_406()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "image/png");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task The_topic_list_comes_as_a_page_and_as_json()
    {
        using var page = await _server.GetAsync("/guide", accept: "text/html");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Listening with empathy", html);
        Assert.Contains("href=\"/guide/listening\"", html);
        Assert.Contains("988", html);

        using var list = await _server.GetAsync("/guide/", accept: "application/json");
        using var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var topics = json.RootElement.GetProperty("topics").EnumerateArray().ToList();
        Assert.Contains(topics, t => t.GetProperty("id").GetString() == "listening" && t.GetProperty("url").GetString() == "/guide/listening");
        Assert.Equal("us", json.RootElement.GetProperty("crisis").GetProperty("region").GetString());
        Assert.Contains(json.RootElement.GetProperty("locales").EnumerateArray(), l => l.GetProperty("code").GetString() == "es");
    }

    [Fact]
    public async Task The_crisis_page_and_the_stylesheet_it_links_are_served()
    {
        using var crisis = await _server.GetAsync("/guide/es/crisis");
        var html = await crisis.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, crisis.StatusCode);
        Assert.Contains("800 911 2000", html);
        Assert.Contains("href=\"/guide/assets/site.css\"", html);

        using var css = await _server.GetAsync("/guide/assets/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }
}
