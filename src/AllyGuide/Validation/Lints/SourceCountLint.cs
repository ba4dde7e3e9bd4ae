using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>AG0106: every topic of the default locale cites two or more sources.</summary>
internal sealed class SourceCountLint : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var topic in context.Defaults.Topics)
        {
            var count = topic.SourceIds.Length;
            if (count < 2)
            {
                var at = context.Map.Locate(topic, "sources") ?? context.Map.Locate(topic, "title") ?? context.Map.Locate(topic, "id")!.Value;
                context.Report(DiagnosticDescriptors.TooFewSources, at,
                    $"Topic '{topic.Id}' cites {count} source{(count == 1 ? "" : "s")}. Cite two or more reputable sources.");
            }
        }
    }
}
