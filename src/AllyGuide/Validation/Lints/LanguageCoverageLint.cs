using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>AG0100: a locale whose language no lint reads is reported as not checked, never passed as clean.</summary>
internal sealed class LanguageCoverageLint : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.Locales.Where(l => LanguageLints.For(l.Code) is null))
        {
            context.Report(DiagnosticDescriptors.LanguageUnchecked, locale, "code",
                $"'{locale.Code}' is not checked for plain language or safe wording: the guide has lints for English and Spanish only. Have a fluent health editor review it.");
        }
    }
}
