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

    /// <summary>Load options for the date <c>--today</c> gives, or today.</summary>
    public static LoadOptions LoadOptions(DateOnly? today) => Loading.LoadOptions.Default with { Today = today };
}
