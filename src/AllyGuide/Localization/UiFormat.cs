using System.Text;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Localization;

/// <summary>Fills in interface strings: picks the plural form for a count and replaces placeholders (<see cref="UiPattern"/>).</summary>
internal static class UiFormat
{
    /// <summary>The form of <paramref name="value"/> for <paramref name="count"/> (its plain text when it has no plural forms).</summary>
    public static string Pattern(UiString value, long? count) =>
        count is { } n && value.Forms.Count > 0
            ? value.Forms.GetValueOrDefault(PluralRules.Category(value.Locale, n)) ?? value.Text
            : value.Text;

    /// <summary>The pattern with each placeholder replaced by its value; a placeholder without a value stays as written.</summary>
    public static string Fill(string pattern, IReadOnlyDictionary<string, string> values)
    {
        var result = new StringBuilder();
        foreach (var part in UiPattern.Split(pattern))
        {
            result.Append(part.IsPlaceholder ? values.GetValueOrDefault(part.Text) ?? "{" + part.Text + "}" : part.Text);
        }

        return result.ToString();
    }

    /// <summary>
    /// Fills <paramref name="key"/> of <paramref name="ui"/> with one value, isolated as left to right in a
    /// right-to-left string (<see cref="Direction.Isolate"/>); the key itself when the locale lacks it.
    /// </summary>
    public static LocalizedText Fill(UiStrings ui, string key, string placeholder, string value) =>
        ui.Values.TryGetValue(key, out var text)
            ? new LocalizedText(Fill(text.Text, new Dictionary<string, string> { [placeholder] = Direction.Isolate(value, text.Locale) }), text.Locale)
            : new LocalizedText(key, "");
}
