using System.Collections.Immutable;

namespace AllyGuide.Text;

/// <summary>
/// CLDR plural categories for whole numbers, by language: which form of an interface string a count takes. The rules
/// are CLDR's for the languages listed in <see cref="Languages"/>; any other language is treated like English
/// (<c>one</c> for 1, <c>other</c> for the rest) and <see cref="IsKnown"/> says so.
/// </summary>
public static class PluralRules
{
    private static readonly ImmutableArray<string> Order = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>The numbers <see cref="Categories"/> and <see cref="IsExact"/> look at: every count a page is likely to show, and two large ones.</summary>
    private static readonly ImmutableArray<long> Samples = [.. Enumerable.Range(0, 1001).Select(i => (long)i), 1_000_000, 2_000_000];

    private static readonly ImmutableHashSet<string> OneOther =
        ["en", "de", "nl", "sv", "da", "nb", "nn", "no", "fi", "et", "el", "hu", "tr", "bg", "ka", "sw"];

    private static readonly ImmutableHashSet<string> OtherOnly = ["ja", "zh", "ko", "vi", "th", "id", "ms"];

    /// <summary>The languages whose rules are CLDR's own (every other language is treated like English).</summary>
    public static ImmutableArray<string> Languages { get; } = [.. new[] { "ar", "es", "it", "pt", "fr" }.Concat(OneOther).Concat(OtherOnly).Order(StringComparer.Ordinal)];

    /// <summary>The category (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c> or <c>other</c>) of <paramref name="count"/> in <paramref name="locale"/>.</summary>
    public static string Category(string locale, long count)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var n = Math.Abs(count);
        return Language(locale) switch
        {
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when n % 100 is >= 3 and <= 10 => "few",
                _ when n % 100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            "es" or "it" or "pt" => n == 1 ? "one" : n != 0 && n % 1_000_000 == 0 ? "many" : "other",
            "fr" => n is 0 or 1 ? "one" : n % 1_000_000 == 0 ? "many" : "other",
            var l when OtherOnly.Contains(l) => "other",
            _ => n == 1 ? "one" : "other",
        };
    }

    /// <summary>True when the rules of <paramref name="locale"/>'s language are known, not assumed.</summary>
    public static bool IsKnown(string locale) => Languages.Contains(Language(locale));

    /// <summary>
    /// The forms a string with a count needs in <paramref name="locale"/>: the categories of the counts 0 to 1000, in
    /// CLDR order. (Spanish, French, Italian and Portuguese also have <c>many</c>, for exact millions; it falls back to
    /// <c>other</c> when not given.)
    /// </summary>
    public static ImmutableArray<string> Categories(string locale)
    {
        var used = Samples.Where(n => n <= 1000).Select(n => Category(locale, n)).ToHashSet(StringComparer.Ordinal);
        return [.. Order.Where(used.Contains)];
    }

    /// <summary>
    /// True when <paramref name="category"/> stands for one number only in <paramref name="locale"/> (Arabic
    /// <c>zero</c>, <c>one</c> and <c>two</c>; English <c>one</c>), so its form may say the number in words instead of
    /// writing <c>{count}</c>.
    /// </summary>
    public static bool IsExact(string locale, string category) =>
        Samples.Count(n => Category(locale, n) == category) == 1;

    private static string Language(string locale) => locale.Split('-', '_')[0].ToLowerInvariant();
}
