using AllyGuide.Diagnostics;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>AG0025 and AG0026: values from a fixed set (audience and situation tags, regions, country codes, phone numbers) and review dates in order.</summary>
internal sealed class ValueRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            foreach (var topic in locale.Topics)
            {
                for (var i = 0; i < topic.Audience.Length; i++)
                {
                    if (!Audiences.All.Contains(topic.Audience[i]))
                    {
                        context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(topic, "audience", i)!.Value,
                            $"Unknown audience '{topic.Audience[i]}'. Use: {string.Join(", ", Audiences.All)}.");
                    }
                }

                // A translation's tags are ignored (AG0035), so only the default locale's are judged.
                foreach (var tip in context.IsDefault(locale) ? topic.Sections.SelectMany(s => s.Tips) : [])
                {
                    CheckTip(context, topic, tip);
                }

                if (topic.Reviewed != default && topic.NextReview != default && topic.NextReview <= topic.Reviewed)
                {
                    context.Report(DiagnosticDescriptors.ReviewDateOrder, topic, "next_review",
                        $"next_review ({topic.NextReview:yyyy-MM-dd}) must be after reviewed ({topic.Reviewed:yyyy-MM-dd}).");
                }
            }

        }

        if (context.Content.Crisis is { } registry)
        {
            CheckRegistry(context, registry);
        }
    }

    private static void CheckTip(ValidationContext context, Topic topic, Tip tip)
    {
        for (var i = 0; i < tip.Audience.Length; i++)
        {
            var audience = tip.Audience[i];
            if (!Audiences.All.Contains(audience))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(tip, "audience", i)!.Value,
                    $"Unknown audience '{audience}'.{Suggestions.DidYouMean(audience, Audiences.All)} Use: {string.Join(", ", Audiences.All)}.");
            }
            else if (!topic.Audience.Contains(audience))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(tip, "audience", i)!.Value,
                    $"Tip '{tip.Id}' is for '{audience}', but topic '{topic.Id}' is not. A tip's audience narrows the topic's: add '{audience}' to the topic's audience or remove it here.");
            }
        }

        CheckSituations(context, tip, tip.Situations);
        foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
        {
            CheckSituations(context, phrase, phrase.Situations);
        }
    }

    private static void CheckSituations(ValidationContext context, object unit, IReadOnlyList<string> situations)
    {
        for (var i = 0; i < situations.Count; i++)
        {
            if (!Situations.All.Contains(situations[i]))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(unit, "situations", i)!.Value,
                    $"Unknown situation '{situations[i]}'.{Suggestions.DidYouMean(situations[i], Situations.All)} Use: {string.Join(", ", Situations.All)}.");
            }
        }
    }

    private static void CheckRegistry(ValidationContext context, CrisisRegistry registry)
    {
        foreach (var region in registry.Regions.Append(registry.Fallback))
        {
            for (var i = 0; i < region.Countries.Length; i++)
            {
                var code = region.Countries[i];
                if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
                {
                    context.Report(DiagnosticDescriptors.InvalidValue, context.Map.Locate(region, "countries", i)!.Value,
                        $"'{code}' is not a country code. Use two capital letters (ISO 3166), for example US or GB.");
                }
                else if (!Countries.IsCountryCode(code))
                {
                    context.Report(DiagnosticDescriptors.UnknownRegion, context.Map.Locate(region, "countries", i)!.Value,
                        $"'{code}' is not an ISO 3166 country code. Check the code, for example GB for the United Kingdom.");
                }
            }

            if (region.Emergency is { } emergency && !IsPhoneNumber(emergency))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, region, "emergency",
                    $"The emergency number '{emergency}' is not a phone number. Use digits, spaces and an optional leading '+'.");
            }

            foreach (var service in region.Services)
            {
                if (service.Hours is { } hours && hours != "24/7")
                {
                    context.Report(DiagnosticDescriptors.InvalidValue, service, "hours",
                        $"hours is '{hours}'. Write 24/7 for a service that always answers; otherwise leave hours out and give them in the description.");
                }

                foreach (var contact in service.Contacts)
                {
                    if (contact.Kind is CrisisContactKind.Call or CrisisContactKind.Text && !IsPhoneNumber(contact.Value))
                    {
                        context.Report(DiagnosticDescriptors.InvalidValue, contact, "value",
                            $"'{contact.Value}' is not a phone number. Use digits, spaces and an optional leading '+'.");
                    }
                }
            }
        }
    }

    /// <summary>Digits, spaces and hyphens, with an optional leading plus: 2 to 15 digits.</summary>
    public static bool IsPhoneNumber(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 2 and <= 15
            && value.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' || (c == '+' && i == 0)).All(ok => ok);
    }
}
