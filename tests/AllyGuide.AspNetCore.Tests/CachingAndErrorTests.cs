using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>ETags and 304s, 404s that list what exists, the crisis region from the query or the host's callback.</summary>
public sealed class CachingAndErrorTests : IAsyncLifetime
{
    private GuideServer _server = null!;

    public async Task InitializeAsync() => _server = await GuideServer.StartAsync(
        endpoints: o => o.Region = context => context.Request.Headers["X-Test-Region"] is [{ } region] ? region : null);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task If_none_match_with_the_etag_gives_304()
    {
        using var first = await _server.GetAsync("/guide/listening");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains(_server.Provider.Current.Version, etag.Tag);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var second = await _server.GetAsync("/guide/listening", ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Each_format_locale_and_region_has_its_own_etag()
    {
        string?[] tags =
        [
            (await _server.GetAsync("/guide/listening")).Headers.ETag?.Tag,
            (await _server.GetAsync("/guide/listening?format=text")).Headers.ETag?.Tag,
            (await _server.GetAsync("/guide/es/listening")).Headers.ETag?.Tag,
            (await _server.GetAsync("/guide/listening?region=gb")).Headers.ETag?.Tag,
        ];
        Assert.Equal(tags.Length, tags.Distinct().Count());

        using var other = await _server.GetAsync("/guide/listening?format=text", ifNoneMatch: tags[0]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task An_unknown_topic_is_404_problem_details_listing_topics_and_locales()
    {
        using var response = await _server.GetAsync("/guide/listenin", accept: "application/json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("listening", json.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("es", json.RootElement.GetProperty("locales").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("988", json.RootElement.GetProperty("crisis").GetRawText());
    }

    [Fact]
    public async Task An_unknown_topic_in_a_browser_is_the_guides_page_not_found_with_its_crisis_lines()
    {
        using var response = await _server.GetAsync("/guide/es/nada", accept: "text/html,*/*;q=0.8");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/guide/es/\"", body);
        Assert.Contains("024", body);
    }

    [Fact]
    public async Task An_unknown_region_is_400_with_a_clear_message()
    {
        using var response = await _server.GetAsync("/guide/listening?region=atlantis", accept: "text/plain");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'atlantis' is not a crisis region", body);
        Assert.Contains("uk", body);
    }

    [Fact]
    public async Task The_region_in_the_query_chooses_the_crisis_lines()
    {
        using var response = await _server.GetAsync("/guide/listening?region=gb&format=text");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("116 123", body);
        Assert.Contains("999", body);
        Assert.DoesNotContain("988", body);
    }

    [Fact]
    public async Task The_hosts_callback_chooses_the_region_and_makes_the_response_private()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guide/listening?format=text");
        request.Headers.Add("X-Test-Region", "au");
        using var response = await _server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("13 11 14", body);
        Assert.True(response.Headers.CacheControl?.Private);

        using var query = new HttpRequestMessage(HttpMethod.Get, "/guide/listening?format=text&region=ie");
        query.Headers.Add("X-Test-Region", "au");
        using var chosen = await _server.Client.SendAsync(query);
        Assert.Contains("112", await chosen.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_callback_region_the_guide_does_not_know_is_a_logged_500_not_another_countrys_lines()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guide/listening");
        request.Headers.Add("X-Test-Region", "atlantis");
        using var response = await _server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("988", body);
        Assert.Contains(_server.Logs.Entries, e => e.Level == LogLevel.Error && e.EventId.Name == "AllyGuideUnknownCallbackRegion");
    }
}
