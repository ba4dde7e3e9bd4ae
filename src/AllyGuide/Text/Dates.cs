using System.Globalization;

namespace AllyGuide.Text;

/// <summary>Dates as a reader of a language writes them: "20 November 2026", "20 de noviembre de 2026", "20 نوفمبر 2026".</summary>
internal static class Dates
{
    /// <summary>The day, the month's name and the year, in the words and order of the locale's language; ISO when it has no culture data.</summary>
    public static string Format(DateOnly date, string locale)
    {
        var language = locale.Split('-', '_')[0].ToLowerInvariant();
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // Always the Gregorian calendar, the one the review and verified dates are kept in.
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var pattern = language switch
        {
            "en" => "d MMMM yyyy",
            "es" or "pt" or "gl" or "ca" => "d 'de' MMMM 'de' yyyy",
            _ => WithoutWeekday(culture.DateTimeFormat.LongDatePattern),
        };
        return date.ToString(pattern, culture);
    }

    /// <summary>A long date pattern without its weekday ("dddd, d MMMM yyyy" gives "d MMMM yyyy").</summary>
    private static string WithoutWeekday(string pattern)
    {
        var trimmed = pattern.Replace("dddd", "", StringComparison.Ordinal).Trim(' ', ',', '،', '.');
        return trimmed.Length == 0 || !trimmed.Contains('y', StringComparison.Ordinal) ? "d MMMM yyyy" : trimmed;
    }
}
