using AllyGuide.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AllyGuide.AspNetCore;

/// <summary>Chooses the output format of a response: <c>?format=</c> when given, else the request's <c>Accept</c> header.</summary>
internal static class FormatNegotiation
{
    /// <summary>
    /// The format for a request among <paramref name="candidates"/> (in order of preference: the first is the default
    /// for no <c>Accept</c> or <c>*/*</c>). Null with a status (400 for an unknown <c>?format=</c>, 406 for nothing
    /// acceptable) when none fits.
    /// </summary>
    public static (OutputFormat? Format, int Status) Choose(HttpRequest request, string? explicitFormat, IReadOnlyList<OutputFormat> candidates, FormatterRegistry registry)
    {
        if (!string.IsNullOrWhiteSpace(explicitFormat))
        {
            var wanted = explicitFormat.Trim();
            var found = candidates.FirstOrDefault(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase));
            return found is not null
                ? (found, StatusCodes.Status200OK)
                : (null, registry.Formats.Any(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase)) ? StatusCodes.Status406NotAcceptable : StatusCodes.Status400BadRequest);
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return (candidates[0], StatusCodes.Status200OK);
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (Match(range, candidates) is { } format)
            {
                return (format, StatusCodes.Status200OK);
            }
        }

        return (null, StatusCodes.Status406NotAcceptable);
    }

    /// <summary>What kind of error body a request prefers: JSON problem details, an HTML page, or plain text.</summary>
    public static ErrorBody PreferredErrorBody(HttpRequest request, string? explicitFormat)
    {
        switch (explicitFormat?.Trim().ToLowerInvariant())
        {
            case "json":
                return ErrorBody.Json;
            case "html" or "fragment":
                return ErrorBody.Html;
            case "text":
                return ErrorBody.Text;
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return ErrorBody.Html;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var type = range.MediaType.Value ?? "";
            if (type.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorBody.Json;
            }

            if (type.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type == "*/*")
            {
                return ErrorBody.Html;
            }

            if (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorBody.Text;
            }
        }

        return ErrorBody.Json;
    }

    private static OutputFormat? Match(MediaTypeHeaderValue range, IReadOnlyList<OutputFormat> candidates)
    {
        if (range.MatchesAllTypes)
        {
            return candidates[0];
        }

        if (range.MatchesAllSubTypes)
        {
            var prefix = range.Type.Value + "/";
            return candidates.FirstOrDefault(f => f.MediaType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        }

        return candidates.FirstOrDefault(f => string.Equals(f.MediaType, range.MediaType.Value, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The body of an error response.</summary>
internal enum ErrorBody
{
    Json,
    Html,
    Text,
}
