using AllyGuide.Diagnostics;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>AG0016, AG0017 and AG0015: the topic order, the start-here path and each topic's related topics and sources name things that exist, once.</summary>
internal sealed class ReferenceRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        CheckGuide(context);
        foreach (var locale in context.Content.ByLocale.Values)
        {
            foreach (var topic in locale.Topics)
            {
                for (var i = 0; i < topic.Related.Length; i++)
                {
                    var id = topic.Related[i];
                    var at = context.Map.Locate(topic, "related", i)!.Value;
                    if (!context.HasTopic(id))
                    {
                        if (!context.Map.FailedTopics.Contains(id))
                        {
                            context.Report(DiagnosticDescriptors.MissingTopic, at, $"Related topic '{id}' does not exist. {context.KnownTopics()}");
                        }
                    }
                    else if (id == topic.Id)
                    {
                        context.Report(DiagnosticDescriptors.MissingTopic, at, $"Topic '{id}' lists itself as related. Remove it from 'related'.");
                    }
                }

                for (var i = 0; i < topic.SourceIds.Length; i++)
                {
                    var id = topic.SourceIds[i];
                    if (locale.TryGetSource(id, out _) || context.Defaults.TryGetSource(id, out _)
                        || context.Map.SourcesUnreadable || context.Map.FailedSources.Contains(id))
                    {
                        continue;
                    }

                    var known = context.Defaults.Sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                    var hint = Suggestions.Suggest(id, known) is { } suggestion ? $"Did you mean '{suggestion}'?" : "Add it to sources.yaml.";
                    context.Report(DiagnosticDescriptors.MissingSource, context.Map.Locate(topic, "sources", i)!.Value,
                        $"Source '{id}' is not defined in sources.yaml. {hint}");
                }
            }
        }
    }

    private static void CheckGuide(ValidationContext context)
    {
        var content = context.Content;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.TopicOrder.Length; i++)
        {
            var id = content.TopicOrder[i];
            var at = context.Map.Locate(content, "topics", i)!.Value;
            if (!context.HasTopic(id))
            {
                if (!context.Map.FailedTopics.Contains(id))
                {
                    context.Report(DiagnosticDescriptors.MissingTopic, at,
                        $"The topic order names '{id}', but there is no topics/{id}.yaml in the default locale. {context.KnownTopics()}");
                }
            }
            else if (!seen.Add(id))
            {
                context.Report(DiagnosticDescriptors.DuplicateId, at, $"The topic order lists '{id}' twice. Remove one.");
            }
        }

        for (var i = 0; i < content.StartHere.Length; i++)
        {
            var id = content.StartHere[i];
            if (!context.HasTopic(id) && !context.Map.FailedTopics.Contains(id))
            {
                context.Report(DiagnosticDescriptors.MissingTopic, context.Map.Locate(content, "start_here", i)!.Value,
                    $"start_here names topic '{id}', which does not exist. {context.KnownTopics()}");
            }
        }

        if (content.CrisisTopic is { } crisisTopic && !context.HasTopic(crisisTopic) && !context.Map.FailedTopics.Contains(crisisTopic))
        {
            context.Report(DiagnosticDescriptors.MissingTopic, content, "crisis_topic",
                $"crisis_topic names topic '{crisisTopic}', which does not exist. {context.KnownTopics()}");
        }
    }
}
