using System.Text.RegularExpressions;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0020, AG0015 and AG0024: ids are well formed, not reserved, unique where translations and links match them,
/// and a topic's file is named after its id.
/// </summary>
internal sealed partial class IdRule : IValidationRule
{
    /// <summary>Ids that would collide with the site's own pages.</summary>
    public static readonly string[] ReservedIds = ["index", "crisis", "assets"];

    public static bool IsValidId(string id) => id.Length <= 64 && IdPattern().IsMatch(id);

    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            var topics = new HashSet<string>(StringComparer.Ordinal);
            foreach (var topic in locale.Topics)
            {
                CheckTopic(context, topic);
                if (!topics.Add(topic.Id))
                {
                    var file = context.Map.Locate(topic)!.Value.File;
                    context.Report(DiagnosticDescriptors.DuplicateId, new SourceLocation { File = file },
                        $"Another file in {locale.Locale.Code}/topics already defines topic '{topic.Id}'. Keep one.");
                }
            }

            var sources = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in locale.Sources)
            {
                CheckId(context, source, source.Id, "the source");
                if (!sources.Add(source.Id))
                {
                    context.Report(DiagnosticDescriptors.DuplicateId, source, "id", $"Source '{source.Id}' is defined twice. Keep one.");
                }
            }

            if (locale.Crisis is { } texts)
            {
                foreach (var (id, unit) in texts.Regions.Select(r => (r.Id, (object)r)).Concat(texts.Services.Select(s => (s.Id, (object)s))))
                {
                    CheckId(context, unit, id, "the crisis text");
                }
            }
        }

        if (context.Content.Crisis is { } registry)
        {
            CheckRegistry(context, registry);
        }
    }

    private static void CheckTopic(ValidationContext context, Topic topic)
    {
        CheckId(context, topic, topic.Id, "the topic");
        if (ReservedIds.Contains(topic.Id))
        {
            context.Report(DiagnosticDescriptors.InvalidId, topic, "id", $"The topic id '{topic.Id}' is reserved for a page of the site. Choose another id.");
        }

        var file = Path.GetFileName(context.Map.Locate(topic)!.Value.File);
        if (!string.Equals(Path.GetFileNameWithoutExtension(file), topic.Id, StringComparison.Ordinal))
        {
            context.Report(DiagnosticDescriptors.FileNameMismatch, topic, "id",
                $"The topic id is '{topic.Id}' but the file is named '{file}'. Rename the file to '{topic.Id}.yaml' or change the id.");
        }

        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (kind, unit, id) in ContentWalker.Ids(topic))
        {
            CheckId(context, unit, id, "the " + kind);
            if (!(seen.TryGetValue(kind, out var ids) ? ids : seen[kind] = new HashSet<string>(StringComparer.Ordinal)).Add(id))
            {
                context.Report(DiagnosticDescriptors.DuplicateId, unit, "id",
                    $"Another {kind} in this topic already has the id '{id}'. Ids must be unique so translations can match them.");
            }
        }
    }

    private static void CheckRegistry(ValidationContext context, CrisisRegistry registry)
    {
        var regions = new HashSet<string>(StringComparer.Ordinal);
        var services = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in registry.Regions.Append(registry.Fallback))
        {
            CheckId(context, region, region.Id, "the region");
            if (!regions.Add(region.Id))
            {
                context.Report(DiagnosticDescriptors.DuplicateId, context.Map.Locate(region)!.Value, $"Region '{region.Id}' is defined twice. Keep one.");
            }

            foreach (var service in region.Services)
            {
                CheckId(context, service, service.Id, "the crisis service");
                if (!services.Add(service.Id))
                {
                    context.Report(DiagnosticDescriptors.DuplicateId, context.Map.Locate(service)!.Value,
                        $"Service '{service.Id}' is defined twice. Give each service its own id.");
                }
            }
        }
    }

    private static void CheckId(ValidationContext context, object unit, string id, string what)
    {
        if (!IsValidId(id))
        {
            context.Report(DiagnosticDescriptors.InvalidId, unit, "id",
                $"The id '{id}' of {what} is not valid. Use lowercase letters, digits and hyphens, starting with a letter, at most 64 characters.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
