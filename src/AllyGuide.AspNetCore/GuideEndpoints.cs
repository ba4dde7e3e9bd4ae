using System.Security.Cryptography;
using System.Text;
using AllyGuide.Hosting;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace AllyGuide.AspNetCore;

/// <summary>
/// The request handlers behind <c>MapAllyGuide</c>. Each request takes the provider's current snapshot once and
/// renders only from it. A page is rendered whole in memory and checked (its crisis lines above all) before the first
/// byte is sent, so a failure is a 500 with its diagnostics logged, never a page cut short.
/// </summary>
internal sealed partial class GuideEndpoints(AllyGuideEndpointOptions options, string prefix)
{
    /// <summary>The site pages served beside the topics, by name; <c>crisis</c> is reserved, so no topic has it.</summary>
    private static readonly string[] Pages = ["crisis", "about", "search"];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The topic list, in the locale of the <c>Accept-Language</c> header.</summary>
    public Task ListAsync(HttpContext context, string? format, string? region) => ServeAsync(context, Snapshot(context), routeLocale: null, id: null, format, region);

    /// <summary><c>/{segment}</c>: a locale's topic list when the segment is a locale, else a topic or page.</summary>
    public Task SegmentAsync(HttpContext context, string segment, string? format, string? region)
    {
        var snapshot = Snapshot(context);
        var guide = snapshot.Guide;
        var isLocale = guide.Locales.Any(l => string.Equals(l.Code, segment, StringComparison.OrdinalIgnoreCase))
            || (!guide.TryGetTopic(segment, null, out _) && !Pages.Contains(segment, StringComparer.Ordinal) && GuideLocales.TryMatch(guide, segment, out _));
        return isLocale
            ? ServeAsync(context, snapshot, routeLocale: segment, id: null, format, region)
            : ServeAsync(context, snapshot, routeLocale: null, id: segment, format, region);
    }

    /// <summary><c>/{locale}/{id}</c>: a topic or page in a locale.</summary>
    public Task TopicAsync(HttpContext context, string locale, string id, string? format, string? region) => ServeAsync(context, Snapshot(context), locale, id, format, region);

    /// <summary>The site's assets (<c>site.css</c>, <c>favicon.svg</c>) from the snapshot's templates.</summary>
    public async Task AssetAsync(HttpContext context, string path)
    {
        var snapshot = Snapshot(context);
        if (!snapshot.Renderer.Options.Templates.Assets.TryGetValue("assets/" + path, out var bytes) || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            await WriteProblemAsync(context, null, new Problem(StatusCodes.Status404NotFound, "Not Found", $"There is no asset '{path}'."), ErrorBody.Text).ConfigureAwait(false);
            return;
        }

        var etag = Tag(snapshot, "asset", path);
        SetCaching(context, snapshot, etag, privateRegion: false);
        if (NotModified(context, etag))
        {
            return;
        }

        context.Response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal) || contentType.EndsWith("svg+xml", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Serves one request from one snapshot, taken once by the caller.</summary>
    private async Task ServeAsync(HttpContext context, AllyGuideSnapshot snapshot, string? routeLocale, string? id, string? format, string? region)
    {
        var guide = snapshot.Guide;
        var errorBody = FormatNegotiation.PreferredErrorBody(context.Request, format);
        string locale;
        var fromHeader = false;
        if (routeLocale is null)
        {
            (locale, fromHeader) = await AllyGuideRequestLocalization.NegotiateAsync(context, snapshot).ConfigureAwait(false);
        }
        else if (!GuideLocales.TryMatch(guide, routeLocale, out locale!))
        {
            var (fallback, _) = await AllyGuideRequestLocalization.NegotiateAsync(context, snapshot).ConfigureAwait(false);
            await NotFoundAsync(context, snapshot, fallback, $"There is no locale '{routeLocale}' in this guide. Known locales: {string.Join(", ", guide.Locales.Select(l => l.Code))}.", errorBody, Links(context, null)).ConfigureAwait(false);
            return;
        }

        var links = Links(context, routeLocale is null ? null : locale);
        var localized = guide.Localize(locale);
        LocalizedTopic? topic = null;
        var page = id is not null && !guide.TryGetTopic(id, locale, out topic) ? Pages.FirstOrDefault(p => p == id) : null;
        if (id is not null && topic is null && page is null)
        {
            await NotFoundAsync(context, snapshot, locale, $"There is no topic '{id}'. Known topics: {string.Join(", ", guide.TopicOrder)}.", errorBody, links).ConfigureAwait(false);
            return;
        }

        var registry = snapshot.Renderer.Formatters;
        IReadOnlyList<OutputFormat> candidates = topic is not null
            ? [.. registry.Formats]
            : page is not null ? [OutputFormat.Html] : [OutputFormat.Html, OutputFormat.Text, OutputFormat.Json];
        var (chosen, status) = FormatNegotiation.Choose(context.Request, format, candidates, registry);
        if (chosen is null)
        {
            var detail = status == StatusCodes.Status400BadRequest
                ? $"There is no format '{format}'. Formats: {string.Join(", ", candidates)}."
                : $"This address can be served as {string.Join(", ", candidates.Select(c => $"{c.Name} ({c.MediaType})"))}, and the request accepts none of them.";
            await WriteProblemAsync(context, localized, new Problem(status, status == 400 ? "Unknown format" : "Not Acceptable", detail)
            {
                Lists = [("formats", [.. candidates.Select(c => c.Name)])],
                Crisis = localized.Crisis.Region,
            }, errorBody == ErrorBody.Html ? ErrorBody.Text : errorBody).ConfigureAwait(false);
            return;
        }

        var (regionChoice, fromCallback, regionError) = ChooseRegion(context, localized, region);
        if (regionError is not null)
        {
            await WriteProblemAsync(context, localized, regionError, errorBody == ErrorBody.Html ? ErrorBody.Text : errorBody).ConfigureAwait(false);
            return;
        }

        var kind = topic is not null ? "topic" : page ?? "list";
        var etag = Tag(snapshot, kind, id ?? "", chosen.Name, locale, regionChoice ?? "", links.Root, links.Locale ?? "");
        SetCaching(context, snapshot, etag, fromCallback);
        SetVary(context, fromHeader);
        context.Response.Headers.ContentLanguage = locale;
        if (NotModified(context, etag))
        {
            return;
        }

        context.Response.ContentType = chosen.MediaType + "; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var cancellationToken = context.RequestAborted;
        try
        {
            var rendererRegion = regionChoice ?? snapshot.Renderer.Options.Region;
            var renderer = snapshot.GetRenderer(RendererOptionsFor(snapshot, links, rendererRegion));
            var body = context.Response.Body;
            if (topic is not null)
            {
                await renderer.RenderAsync(topic, chosen, body, cancellationToken).ConfigureAwait(false);
            }
            else if (chosen == OutputFormat.Json)
            {
                await GuideDocuments.WriteListJsonAsync(body, snapshot, localized, locale, localized.Crisis.GetRegion(rendererRegion), links, cancellationToken).ConfigureAwait(false);
            }
            else if (chosen == OutputFormat.Text)
            {
                await context.Response.WriteAsync(GuideDocuments.ListText(localized, localized.Crisis.GetRegion(rendererRegion), links), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WritePageAsync(body, renderer, localized, page ?? "index", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is GuideTemplateException or ArgumentException)
        {
            var logger = Logger(context);
            if (ex is GuideTemplateException template)
            {
                logger.LogDiagnostics(template.Diagnostics);
            }

            LogRenderFailed(logger, ex, context.Request.Path.Value ?? "", chosen.Name, locale);
            context.Response.Clear();
            await WriteProblemAsync(context, null, new Problem(StatusCodes.Status500InternalServerError, "The guide could not be shown",
                "This page could not be made with its crisis lines, so it was not sent. The error is logged."), errorBody == ErrorBody.Html ? ErrorBody.Text : errorBody).ConfigureAwait(false);
        }
    }

    /// <summary>The region: the query's (a reader's choice; unknown is 400), else the host's callback (unknown is a host error, 500), else null.</summary>
    private (string? Region, bool FromCallback, Problem? Error) ChooseRegion(HttpContext context, LocalizedGuide localized, string? query)
    {
        var crisis = localized.Crisis;
        var known = string.Join(", ", crisis.Regions.Select(r => r.Id).Append(crisis.Fallback.Id));
        if (!string.IsNullOrWhiteSpace(query))
        {
            return crisis.IsKnownRegion(query)
                ? (query.Trim(), false, null)
                : (null, false, new Problem(StatusCodes.Status400BadRequest, "Unknown region",
                    $"'{query.Trim()}' is not a crisis region. Use a region id ({known}) or a two-letter country code such as GB.")
                {
                    Lists = [("regions", [.. crisis.Regions.Select(r => r.Id).Append(crisis.Fallback.Id)])],
                    Crisis = crisis.Region,
                });
        }

        if (options.Region?.Invoke(context) is { } chosen && !string.IsNullOrWhiteSpace(chosen))
        {
            if (crisis.IsKnownRegion(chosen))
            {
                return (chosen.Trim(), true, null);
            }

            LogUnknownCallbackRegion(Logger(context), chosen, known);
            return (null, true, new Problem(StatusCodes.Status500InternalServerError, "The guide could not be shown",
                "The host chose a crisis region the guide does not know, so no page was made. The error is logged."));
        }

        return (null, false, null);
    }

    private static async Task WritePageAsync(Stream body, GuideRenderer renderer, LocalizedGuide localized, string page, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            switch (page)
            {
                case "crisis":
                    await renderer.RenderCrisisPageAsync(localized, writer, cancellationToken).ConfigureAwait(false);
                    break;
                case "about":
                    await renderer.RenderAboutPageAsync(localized, writer, cancellationToken).ConfigureAwait(false);
                    break;
                case "search":
                    await renderer.RenderSearchPageAsync(localized, writer, cancellationToken).ConfigureAwait(false);
                    break;
                case "not-found":
                    await renderer.RenderNotFoundPageAsync(localized, writer, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await renderer.RenderIndexPageAsync(localized, writer, cancellationToken).ConfigureAwait(false);
                    break;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A 404 listing the known topics and locales: the guide's own page not found for HTML, else problem details or text.</summary>
    private static async Task NotFoundAsync(HttpContext context, AllyGuideSnapshot snapshot, string locale, string detail, ErrorBody body, GuideLinks links)
    {
        var localized = snapshot.Guide.Localize(locale);
        SetVary(context, fromHeader: true);
        context.Response.Headers.CacheControl = "no-cache";
        if (body == ErrorBody.Html)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentLanguage = locale;
            try
            {
                await WritePageAsync(context.Response.Body, snapshot.GetRenderer(RendererOptionsFor(snapshot, links, snapshot.Renderer.Options.Region)), localized, "not-found", context.RequestAborted).ConfigureAwait(false);
                return;
            }
            catch (GuideTemplateException ex) when (!context.Response.HasStarted)
            {
                Logger(context).LogDiagnostics(ex.Diagnostics);
                context.Response.Clear();
                body = ErrorBody.Text;
            }
        }

        await WriteProblemAsync(context, localized, new Problem(StatusCodes.Status404NotFound, "Not Found", detail)
        {
            Lists = [("topics", snapshot.Guide.TopicOrder), ("locales", [.. snapshot.Guide.Locales.Select(l => l.Code)])],
            Crisis = localized.Crisis.Region,
        }, body).ConfigureAwait(false);
    }

    private static async Task WriteProblemAsync(HttpContext context, LocalizedGuide? localized, Problem problem, ErrorBody body)
    {
        var response = context.Response;
        response.StatusCode = problem.Status;
        response.Headers.CacheControl = "no-cache";
        if (body == ErrorBody.Json)
        {
            response.ContentType = "application/problem+json; charset=utf-8";
            await GuideDocuments.WriteProblemJsonAsync(response.Body, problem, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(GuideDocuments.ProblemText(problem, localized), context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Renderer options for the request's addresses: every link root-relative, so it holds wherever the page is served.</summary>
    private static RendererOptions RendererOptionsFor(AllyGuideSnapshot snapshot, GuideLinks links, string? region) => snapshot.Renderer.Options with
    {
        Region = region,
        TopicUrl = links.Folder + "{id}",
        IndexUrl = links.Folder,
        CrisisUrl = links.Folder + "crisis",
        AboutUrl = links.Folder + "about",
        SearchUrl = links.Folder + "search",
        StylesheetUrl = links.Root + "assets/site.css",
        AssetsUrl = links.Root + "assets/",
    };

    private GuideLinks Links(HttpContext context, string? locale)
    {
        var root = (context.Request.PathBase + new PathString(prefix)).ToUriComponent();
        return new GuideLinks(root.EndsWith('/') ? root : root + "/", locale);
    }

    /// <summary>A strong ETag for one representation: the snapshot's version and a hash of what chose the representation.</summary>
    private static string Tag(AllyGuideSnapshot snapshot, params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return $"\"{snapshot.Version}-{Convert.ToHexStringLower(hash)[..12]}\"";
    }

    private void SetCaching(HttpContext context, AllyGuideSnapshot snapshot, string etag, bool privateRegion)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        var scope = privateRegion ? "private" : "public";
        headers.CacheControl = snapshot.IsReloadable || snapshot.ContentVersion.PreRelease is not null || options.MaxAge <= TimeSpan.Zero
            ? scope + ", no-cache"
            : $"{scope}, max-age={(long)options.MaxAge.TotalSeconds}";
    }

    private static void SetVary(HttpContext context, bool fromHeader) =>
        context.Response.Headers.Vary = fromHeader ? "Accept, Accept-Language" : "Accept";

    /// <summary>True (after answering 304) when the request's <c>If-None-Match</c> holds the representation's ETag.</summary>
    private static bool NotModified(HttpContext context, string etag)
    {
        var header = context.Request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        if (!tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false)))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        context.Response.Headers.ContentType = default;
        return true;
    }

    private static AllyGuideSnapshot Snapshot(HttpContext context) => context.RequestServices.GetRequiredService<IAllyGuideProvider>().Current;

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AllyGuide.AspNetCore");

    [LoggerMessage(EventId = 1100, EventName = "AllyGuideRenderFailed", Level = LogLevel.Error, Message = "The guide page {Path} ({Format}, {Locale}) could not be rendered and was answered with 500; nothing of it was sent.")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string path, string format, string locale);

    [LoggerMessage(EventId = 1101, EventName = "AllyGuideUnknownCallbackRegion", Level = LogLevel.Error, Message = "The region callback of MapAllyGuide returned '{Region}', which is neither a crisis region of the guide ({Regions}) nor an ISO 3166 country code; the request was answered with 500.")]
    private static partial void LogUnknownCallbackRegion(ILogger logger, string region, string regions);
}
