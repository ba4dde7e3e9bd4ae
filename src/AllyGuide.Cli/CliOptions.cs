using System.CommandLine;
using System.Globalization;
using AllyGuide.Loading;

namespace AllyGuide.Cli;

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    public static Option<DirectoryInfo?> Content() => new("--content", "-c")
    {
        Description = "A content folder holding guide.yaml. Without it, the guide built into allyguide is used.",
        HelpName = "DIR",
    };

    public static Option<string?> Locale() => new("--locale", "-l")
    {
        Description = "The locale to use, for example en or es-MX. Falls back unit by unit to the default locale.",
        HelpName = "LOCALE",
    };

    /// <summary>The locales a site holds: <c>--locale es,ar</c> or the option repeated; empty means every declared locale.</summary>
    public static Option<string[]> SiteLocales() => new("--locale", "-l")
    {
        Description = "Build only these locales (repeat the option, or separate them with commas), for example --locale en,es. Without it, every locale the guide declares.",
        HelpName = "LOCALE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The locale codes <see cref="SiteLocales"/> gave, split at commas and trimmed.</summary>
    public static List<string> SplitLocales(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static Option<DateOnly?> Today()
    {
        var option = new Option<DateOnly?>("--today")
        {
            Description = "Check review dates as of this date (YYYY-MM-DD) instead of today, for example to see what falls due before a release.",
            HelpName = "DATE",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"'{text}' is not a date in YYYY-MM-DD form.");
                return null;
            },
        };
        return option;
    }

    public static Option<string?> Region() => new("--region")
    {
        Description = "The crisis region to show first: a region id such as us or uk, or a country code such as GB. A country without listed services gets the directory of helplines.",
        HelpName = "REGION",
    };

    /// <summary>Checks <c>--region</c> against the guide, and says which locale is shown when <c>--locale</c> is not declared.</summary>
    /// <returns>False after printing why the region is unknown.</returns>
    public static bool CheckLocaleAndRegion(Guide guide, string? locale, string? region, TextWriter error)
    {
        var localized = guide.Localize(locale);
        if (!string.IsNullOrWhiteSpace(region) && !localized.Crisis.IsKnownRegion(region))
        {
            error.WriteLine($"allyguide: '{region}' is not a crisis region. Use a region id ({string.Join(", ", localized.Crisis.Regions.Select(r => r.Id))}) or a two-letter country code such as GB.");
            return false;
        }

        if (!string.IsNullOrWhiteSpace(locale) && !guide.IsDeclared(locale))
        {
            var shown = localized.Crisis.GetRegion(region);
            error.WriteLine($"allyguide: '{locale}' is not a declared locale ({string.Join(", ", guide.Locales.Select(l => l.Code))}); showing '{localized.Locale}', with the crisis services of {shown.Name.Text}.");
        }

        return true;
    }

    /// <summary>Load options for the date <c>--today</c> gives, or today.</summary>
    public static LoadOptions LoadOptions(DateOnly? today) => Loading.LoadOptions.Default with { Today = today };
}
