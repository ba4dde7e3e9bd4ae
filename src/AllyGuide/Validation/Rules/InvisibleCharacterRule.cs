using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0044: no text holds an invisible character that changes what people see (a bidirectional override that makes
/// "call 911" read otherwise, a terminal escape). Right-to-left languages may use direction marks.
/// </summary>
internal sealed class InvisibleCharacterRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.Locales)
        {
            Check(context, locale.Name, Direction.IsRightToLeft(locale.Code), context.Map.Locate(locale, "name"), "The locale name");
        }

        foreach (var locale in context.Content.ByLocale.Values)
        {
            var rightToLeft = Direction.IsRightToLeft(locale.Locale.Code);
            foreach (var field in ContentWalker.Texts(locale))
            {
                Check(context, field.Text, rightToLeft, context.Map.Locate(field.Unit, field.Key), field.What);
            }
        }
    }

    private static void Check(ValidationContext context, string text, bool rightToLeft, SourceLocation? at, string what)
    {
        if (at is null || Invisibles.FindUnwanted(text, rightToLeft) is not { } found)
        {
            return;
        }

        context.Report(DiagnosticDescriptors.InvisibleCharacter, at.Value,
            $"{what} holds {Invisibles.Describe(found.Rune)} at character {found.Index + 1}, invisible and able to change what readers see. Delete it.");
    }
}
