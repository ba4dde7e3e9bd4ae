using System.Diagnostics.CodeAnalysis;
using AllyGuide.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the guide's endpoints.</summary>
public static class AllyGuideEndpointRouteBuilderExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Serves the guide under <paramref name="prefix"/> (needs <c>services.AddAllyGuide()</c>):
    /// <list type="table">
    /// <item><term><c>{prefix}</c></term><description>the topic list, in the reader's locale (<c>Accept-Language</c>)</description></item>
    /// <item><term><c>{prefix}/{locale}</c></term><description>the topic list in a locale (<c>es</c>, <c>es-MX</c>)</description></item>
    /// <item><term><c>{prefix}/{id}</c></term><description>a topic (or <c>crisis</c>, <c>about</c>, <c>search</c>) in the reader's locale</description></item>
    /// <item><term><c>{prefix}/{locale}/{id}</c></term><description>a topic or page in a locale</description></item>
    /// <item><term><c>{prefix}/assets/{path}</c></term><description>the pages' stylesheet and icon</description></item>
    /// </list>
    /// The format is <c>?format=html|fragment|text|json</c> (or a host's own format), else chosen from <c>Accept</c>;
    /// the crisis region is <c>?region=</c>, else <see cref="AllyGuideEndpointOptions.Region"/>, else the configured
    /// one, else the locale's. Returns the route group, for authorization, rate limiting or output caching.
    /// </summary>
    public static RouteGroupBuilder MapAllyGuide(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/guide", Action<AllyGuideEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = new AllyGuideEndpointOptions();
        configure?.Invoke(options);
        var handlers = new GuideEndpoints(options, prefix.StartsWith('/') ? prefix.TrimEnd('/') : "/" + prefix.TrimEnd('/'));
        var name = options.EndpointNamePrefix;
        var group = endpoints.MapGroup(prefix).WithTags("AllyGuide");
        string[] pageTypes = ["text/plain", "application/json"];
        string[] topicTypes = ["text/plain", "application/json"];

        group.MapMethods("", GetAndHead, (HttpContext context, string? format, string? region) => handlers.ListAsync(context, format, region))
            .WithName(name + "Topics")
            .WithSummary("The list of topics, in the reader's language")
            .WithDescription("Every topic in reading order with its summary and address, and the crisis lines of the reader's region. The locale comes from Accept-Language; the format from ?format= (html, text, json) or Accept.")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/html", additionalContentTypes: pageTypes)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        group.MapMethods("/{segment}", GetAndHead, (HttpContext context, string segment, string? format, string? region) => handlers.SegmentAsync(context, segment, format, region))
            .WithName(name + "TopicOrLocale")
            .WithSummary("A topic in the reader's language, or the list of topics in a locale")
            .WithDescription("A topic id (listening), a page (crisis, about, search) or a locale (es, es-MX). A locale the guide declares wins over a topic of the same id. Every response shows the crisis lines of the reader's region (?region=, else the locale's).")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/html", additionalContentTypes: topicTypes)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapMethods("/{locale}/{id}", GetAndHead, (HttpContext context, string locale, string id, string? format, string? region) => handlers.TopicAsync(context, locale, id, format, region))
            .WithName(name + "Topic")
            .WithSummary("A topic in a locale")
            .WithDescription("The topic (or page) in the locale of the address, falling back unit by unit (es-MX, es, en); the region subtag of the locale chooses the crisis lines unless ?region= is given. Formats: ?format=html|fragment|text|json, or Accept.")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/html", additionalContentTypes: topicTypes)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapMethods("/assets/{**path}", GetAndHead, (HttpContext context, string path) => handlers.AssetAsync(context, path))
            .WithName(name + "Asset")
            .WithSummary("A stylesheet or image the guide's pages use")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/css", additionalContentTypes: ["image/svg+xml"])
            .Produces(StatusCodes.Status404NotFound, contentType: "text/plain");

        return group;
    }
}
