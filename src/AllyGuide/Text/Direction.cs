namespace AllyGuide.Text;

/// <summary>Script direction from the language subtag, so it works the same with or without ICU.</summary>
internal static class Direction
{
    /// <summary>Left-to-right isolate (U+2066) and pop directional isolate (U+2069).</summary>
    private const char Lri = '\u2066';
    private const char Pdi = '\u2069';

    /// <summary>Right-to-left isolate (U+2067).</summary>
    private const char Rli = '\u2067';

    /// <summary><c>rtl</c> for right-to-left scripts (Arabic, Hebrew, Persian, Urdu, ...), else <c>ltr</c>.</summary>
    public static string Of(string locale) => IsRightToLeft(locale) ? "rtl" : "ltr";

    public static bool IsRightToLeft(string locale)
    {
        var language = locale.Split('-', '_')[0].ToLowerInvariant();
        return language is "ar" or "he" or "fa" or "ur" or "yi" or "ps" or "sd" or "ug" or "dv" or "ckb" or "syr";
    }

    /// <summary>
    /// A value filled into right-to-left text, isolated as left to right: without it, "116 123" inside Arabic shows as
    /// "123 116", and a date as 01-11-2026. Left-to-right text gets the value unchanged.
    /// </summary>
    /// <remarks>A value that holds right-to-left letters itself (a date with an Arabic month's name) is isolated right to left.</remarks>
    public static string Isolate(string value, string locale) =>
        IsRightToLeft(locale) && value.Length > 0 ? $"{(value.Any(IsRightToLeftLetter) ? Rli : Lri)}{value}{Pdi}" : value;

    private static bool IsRightToLeftLetter(char c) => c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
