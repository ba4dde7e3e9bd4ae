using Microsoft.AspNetCore.Http;

namespace AllyGuide.AspNetCore;

/// <summary>How <c>MapAllyGuide</c> serves the guide.</summary>
public sealed class AllyGuideEndpointOptions
{
    /// <summary>
    /// The crisis region for a request when its query names none (<c>?region=gb</c> wins): a region id or an ISO 3166
    /// country code, for example from the host's own setting for the signed-in reader. Null from the callback, or no
    /// callback, falls back to <c>AllyGuideOptions.Region</c>, then to the region of the reader's locale. A value the
    /// guide does not know is a host error: the request fails with 500 and the error is logged, rather than showing
    /// another place's crisis lines. Responses that used the callback are marked <c>Cache-Control: private</c>.
    /// </summary>
    public Func<HttpContext, string?>? Region { get; set; }

    /// <summary>
    /// How long shared caches and browsers may keep a response of content that cannot change while the host runs
    /// (the built-in guide). Content that reloads, or whose version is a pre-release, is always revalidated
    /// (<c>no-cache</c>) so a corrected crisis line reaches readers at once; the ETag makes that a cheap 304.
    /// Default 5 minutes.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The prefix of the endpoint names (for link generation and OpenAPI operation ids); change it to map the guide twice.</summary>
    public string EndpointNamePrefix { get; set; } = "AllyGuide";
}
