using System.Globalization;
using System.Runtime.CompilerServices;
using AllyGuide.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace AllyGuide.AspNetCore;

/// <summary>ASP.NET Core request localization for the guide's locales.</summary>
public static class AllyGuideRequestLocalization
{
    private static readonly ConditionalWeakTable<AllyGuideSnapshot, RequestLocalizationOptions> Cache = [];

    /// <summary>
    /// Request localization options whose supported cultures are the guide's declared locales and their regional
    /// forms (<c>en-GB</c>, <c>es-MX</c>, ...), with the snapshot's default locale as the default. A host can pass
    /// them to <c>app.UseRequestLocalization</c> to localize its own pages the same way.
    /// </summary>
    public static RequestLocalizationOptions CreateOptions(AllyGuideSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var cultures = new List<CultureInfo>();
        foreach (var locale in snapshot.Guide.Locales)
        {
            foreach (var code in locale.Regions.Select(region => locale.Code + "-" + region).Prepend(locale.Code))
            {
                try
                {
                    var culture = CultureInfo.GetCultureInfo(code);
                    if (!cultures.Contains(culture))
                    {
                        cultures.Add(culture);
                    }
                }
                catch (CultureNotFoundException)
                {
                    // Without ICU data only some cultures exist; the guide still serves the code itself.
                }
            }
        }

        var options = new RequestLocalizationOptions
        {
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        try
        {
            options.DefaultRequestCulture = new RequestCulture(snapshot.DefaultLocale);
        }
        catch (CultureNotFoundException)
        {
            // Keep the framework's default culture; the guide's default locale is still used for its texts.
        }

        return options;
    }

    /// <summary>
    /// The locale of a request that names none in its address: the culture the host's own request localization chose
    /// from the request (a query string or cookie provider), when the guide serves it; else the first
    /// <c>Accept-Language</c> entry, by quality, that is one of the guide's locales or a regional form of one (kept
    /// whole, so <c>es-MX</c> reads Spanish with Mexico's crisis lines); else the default locale.
    /// </summary>
    internal static async ValueTask<(string Locale, bool FromHeader)> NegotiateAsync(HttpContext context, AllyGuideSnapshot snapshot)
    {
        var guide = snapshot.Guide;
        if (context.Features.Get<IRequestCultureFeature>() is { Provider: not null and not AcceptLanguageHeaderRequestCultureProvider } feature
            && GuideLocales.TryMatch(guide, feature.RequestCulture.UICulture.Name, out var chosen))
        {
            return (chosen, false);
        }

        var options = Cache.GetValue(snapshot, CreateOptions);
        var header = new AcceptLanguageHeaderRequestCultureProvider { Options = options, MaximumAcceptLanguageHeaderValuesToTry = 6 };
        var result = await header.DetermineProviderCultureResult(context).ConfigureAwait(false);
        foreach (var candidate in result?.UICultures ?? [])
        {
            if (GuideLocales.TryMatch(guide, candidate.Value, out var locale))
            {
                return (locale, true);
            }
        }

        return (snapshot.DefaultLocale, true);
    }
}
