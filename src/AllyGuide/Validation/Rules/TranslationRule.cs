using AllyGuide.Diagnostics;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>AG0028: a translated topic or unit the default locale does not have is never shown.</summary>
internal sealed class TranslationRule : IValidationRule
{
    private static readonly string[] Kinds = ["section", "tip", "phrase"];

    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values.Where(l => !context.IsDefault(l)))
        {
            foreach (var topic in locale.Topics)
            {
                if (!context.Defaults.TryGetTopic(topic.Id, out var original))
                {
                    context.Report(DiagnosticDescriptors.UnmatchedTranslation, topic, "id",
                        $"The default locale has no topic '{topic.Id}', so this translation is never shown. {context.KnownTopics()}");
                    continue;
                }

                var known = ContentWalker.Ids(original).ToLookup(x => x.Kind, x => x.Id);
                var translated = ContentWalker.Ids(topic).ToList();
                foreach (var kind in Kinds)
                {
                    var ids = known[kind].Distinct(StringComparer.Ordinal).ToList();
                    var reported = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var (_, unit, id) in translated.Where(x => x.Kind == kind))
                    {
                        if (!ids.Contains(id) && reported.Add(id))
                        {
                            context.Report(DiagnosticDescriptors.UnmatchedTranslation, unit, "id",
                                $"Topic '{topic.Id}' in the default locale has no {kind} '{id}', so this translation is never shown.{Suggestions.DidYouMean(id, ids)}");
                        }
                    }
                }
            }
        }
    }
}
