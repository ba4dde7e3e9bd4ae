using AllyGuide.Diagnostics;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0039: every form of an interface string holds exactly the placeholders its key takes (a translator orders the
/// words around them, but may not drop <c>{number}</c> or invent <c>{count}</c>). A plural form for a category that
/// stands for one number only (Arabic <c>zero</c>, <c>one</c>, <c>two</c>) may say the number in words instead of
/// <c>{count}</c>. A string given in plural forms has every form its language uses, so Arabic 3 never takes the
/// form written for 100.
/// </summary>
internal sealed class UiStringRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            foreach (var value in locale.Ui.Values.Values)
            {
                if (UiKeys.Find(value.Key) is not { } key)
                {
                    continue;
                }

                CheckForms(context, locale, value);
                var forms = value.Forms.Count > 0 ? value.Forms.Select(f => (Form: f.Key, Text: f.Value)) : [(Form: "text", value.Text)];
                foreach (var (form, text) in forms)
                {
                    var found = UiPattern.Placeholders(text).ToHashSet(StringComparer.Ordinal);
                    var expected = key.Placeholders.ToHashSet(StringComparer.Ordinal);
                    if (found.SetEquals(expected)
                        || (value.Forms.Count > 0 && PluralRules.IsExact(value.Locale, form) && found.SetEquals(expected.Where(p => p != "count"))))
                    {
                        continue;
                    }

                    var at = context.Map.Locate(value, form) ?? context.Map.Locate(locale.Ui, value.Key) ?? context.Map.Locate(locale.Ui);
                    var missing = expected.Except(found).Select(p => "{" + p + "}").ToList();
                    var extra = found.Except(expected).Select(p => "{" + p + "}").ToList();
                    var what = string.Join("; ", new[]
                    {
                        missing.Count > 0 ? $"it lacks {string.Join(", ", missing)}" : null,
                        extra.Count > 0 ? $"{string.Join(", ", extra)} is not a placeholder of this string" : null,
                    }.OfType<string>());
                    context.Report(DiagnosticDescriptors.Placeholders, at!.Value,
                        $"The UI string '{value.Key}' must hold {(expected.Count == 0 ? "no placeholder" : string.Join(", ", expected.Select(p => "{" + p + "}")))}: {what}.");
                }
            }
        }
    }

    private static void CheckForms(ValidationContext context, LocaleContent locale, UiString value)
    {
        if (value.Forms.Count == 0 || !PluralRules.IsKnown(value.Locale))
        {
            return;
        }

        var lacking = PluralRules.Categories(value.Locale).Where(c => !value.Forms.ContainsKey(c)).ToList();
        if (lacking.Count == 0)
        {
            return;
        }

        var at = context.Map.Locate(value) ?? context.Map.Locate(locale.Ui, value.Key) ?? context.Map.Locate(locale.Ui);
        context.Report(DiagnosticDescriptors.Placeholders, at!.Value,
            $"The UI string '{value.Key}' is given in plural forms but lacks {string.Join(", ", lacking.Select(c => $"'{c}'"))}, which '{value.Locale}' uses for {string.Join("; ", lacking.Select(c => Examples(value.Locale, c)))}. Add {(lacking.Count == 1 ? "it" : "them")}: a missing form falls back to 'other'.");
    }

    private static string Examples(string locale, string category)
    {
        var numbers = Enumerable.Range(0, 1001).Where(n => PluralRules.Category(locale, n) == category).Take(4).ToList();
        return string.Join(", ", numbers) + (numbers.Count == 4 ? " ..." : "");
    }
}
