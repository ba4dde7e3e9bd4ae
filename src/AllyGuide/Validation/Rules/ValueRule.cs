using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Validation.Rules;

/// <summary>AG0025 and AG0026: values from a fixed set (audience tags, regions, country codes, phone numbers) and review dates in order.</summary>
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
