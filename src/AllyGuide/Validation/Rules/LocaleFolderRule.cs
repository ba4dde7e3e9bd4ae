using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide.Validation.Rules;

/// <summary>AG0023: a folder at the content root that is no declared locale would never be read.</summary>
internal sealed class LocaleFolderRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var folder in context.Source.EnumerateDirectories(""))
        {
            if (ContentKeys.NonLocaleFolders.Contains(folder) || folder.StartsWith('.'))
            {
                continue;
            }

            if (!context.Content.Locales.Any(l => string.Equals(l.Code, folder, StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(DiagnosticDescriptors.InvalidLocale, new SourceLocation { File = context.GuideFile },
                    $"The folder '{folder}/' is not a locale listed in guide.yaml. Add '- code: {folder}' under 'locales', or move the folder out of the content.");
            }
        }
    }
}
