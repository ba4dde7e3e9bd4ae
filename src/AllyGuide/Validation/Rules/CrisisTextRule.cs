using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0011 and AG0028: the default locale names and describes every region and service of the crisis registry, and no
/// locale words a region or service the registry does not have (such text would never be shown).
/// </summary>
internal sealed class CrisisTextRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Content.Crisis is not { } registry)
        {
            return;
        }

        var regions = registry.Regions.Append(registry.Fallback).ToList();
        var services = regions.SelectMany(r => r.Services).ToList();
        if (context.Defaults.Crisis is { } defaults)
        {
            var file = context.Map.Locate(defaults)?.File ?? context.Source.GetDisplayPath(context.Content.DefaultLocale + "/crisis.yaml");
            foreach (var region in regions.Where(r => !defaults.Regions.Any(t => t.Id == r.Id)))
            {
                context.Report(DiagnosticDescriptors.MissingRequired, new SourceLocation { File = file },
                    $"The crisis texts of '{context.Content.DefaultLocale}' give no name for the region '{region.Id}'. Add '- id: {region.Id}' with its name under 'regions'.");
            }

            foreach (var service in services.Where(s => !defaults.Services.Any(t => t.Id == s.Id)))
            {
                context.Report(DiagnosticDescriptors.MissingRequired, new SourceLocation { File = file },
                    $"The crisis texts of '{context.Content.DefaultLocale}' do not name or describe the service '{service.Id}'. Add '- id: {service.Id}' with its name and description under 'services'.");
            }
        }

        foreach (var texts in context.Content.ByLocale.Values.Select(l => l.Crisis).OfType<CrisisTexts>())
        {
            foreach (var region in texts.Regions.Where(t => !regions.Any(r => r.Id == t.Id)))
            {
                context.Report(DiagnosticDescriptors.UnmatchedTranslation, region, "id",
                    $"content/crisis.yaml has no region '{region.Id}', so this text is never shown.{Text.Suggestions.DidYouMean(region.Id, regions.Select(r => r.Id))}");
            }

            foreach (var service in texts.Services.Where(t => !services.Any(s => s.Id == t.Id)))
            {
                context.Report(DiagnosticDescriptors.UnmatchedTranslation, service, "id",
                    $"content/crisis.yaml has no service '{service.Id}', so this text is never shown.{Text.Suggestions.DidYouMean(service.Id, services.Select(s => s.Id))}");
            }
        }
    }
}
