using System.Net;
using System.Text.Json;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>The locale from the address, else from <c>Accept-Language</c>, with the region its code names.</summary>
public sealed class LocaleTests : IAsyncLifetime
{
    private GuideServer _server = null!;

    public async Task InitializeAsync() => _server = await GuideServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_locale_in_the_address_wins_over_the_header()
    {
        using var response = await _server.GetAsync("/guide/es/listening", acceptLanguage: "en-US");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Escuchar con empatía", body);
        Assert.Equal(["es"], response.Content.Headers.ContentLanguage);
        // Spain's line first: the first region Spanish declares.
        Assert.Contains("024", body);
        Assert.Equal(["Accept"], response.Headers.Vary);
    }

    [Fact]
    public async Task Accept_language_es_MX_gives_Spanish_with_Mexicos_crisis_line()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/plain", acceptLanguage: "es-MX,es;q=0.9,en;q=0.5");
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Escuchar con empatía", body);
        Assert.Contains("800 911 2000", body);
        Assert.DoesNotContain("024", body);
        Assert.Equal(["es-MX"], response.Content.Headers.ContentLanguage);
        Assert.Equal(["Accept", "Accept-Language"], response.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)));
    }

    [Fact]
    public async Task A_language_the_guide_lacks_is_skipped_for_the_next_one()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/plain", acceptLanguage: "fr-FR, es;q=0.8");
        Assert.StartsWith("Escuchar con empatía", await response.Content.ReadAsStringAsync());
        Assert.Equal(["es"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task No_language_the_guide_has_gives_the_default_locale()
    {
        using var response = await _server.GetAsync("/guide/listening", accept: "text/plain", acceptLanguage: "fr-FR");
        Assert.StartsWith("Listening with empathy", await response.Content.ReadAsStringAsync());
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task A_regional_locale_in_the_address_lists_topics_with_its_region()
    {
        using var response = await _server.GetAsync("/guide/es-mx", accept: "application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("es-MX", json.RootElement.GetProperty("locale").GetString());
        Assert.Equal("mx", json.RootElement.GetProperty("crisis").GetProperty("region").GetString());
        Assert.Contains(json.RootElement.GetProperty("topics").EnumerateArray(), t => t.GetProperty("url").GetString() == "/guide/es-MX/listening");
    }

    [Fact]
    public async Task An_unknown_locale_in_the_address_is_404_listing_the_locales()
    {
        using var response = await _server.GetAsync("/guide/fr/listening", accept: "application/json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("fr", json.RootElement.GetProperty("detail").GetString());
        Assert.Equal(["en", "es", "ar"], json.RootElement.GetProperty("locales").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Arabic_is_served_right_to_left_with_the_helpline_directory()
    {
        using var response = await _server.GetAsync("/guide/ar/self-care");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dir=\"rtl\"", body);
        Assert.Contains("findahelpline.com", body);
    }
}
