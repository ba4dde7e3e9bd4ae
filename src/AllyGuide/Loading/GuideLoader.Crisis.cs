using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Validation;

namespace AllyGuide.Loading;

internal sealed partial class GuideLoader
{
    internal static readonly ImmutableArray<string> CrisisFileKeys = ["schema", "default_region", "regions", "fallback"];
    internal static readonly ImmutableArray<string> RegionKeys = ["id", "name", "countries", "emergency", "services"];
    internal static readonly ImmutableArray<string> ServiceKeys = ["id", "name", "description", "url", "verified", "contacts"];
    internal static readonly ImmutableArray<string> ContactKeys = ["kind", "label", "value"];
    internal static readonly ImmutableArray<string> ContactKinds = ["call", "text", "chat", "web"];

    private CrisisResources? LoadCrisis(string locale, bool isDefault)
    {
        var map = OpenFile(locale + "/crisis.yaml", "crisis.yaml", CrisisFileKeys, isDefault, out var file);
        if (map is null)
        {
            return null;
        }

        var (defaultRegion, defaultNode) = map.Text("default_region");
        var regions = ImmutableArray.CreateBuilder<CrisisRegion>();
        var serviceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.List("regions"))
        {
            if (ReadRegion(item, file, map.Node, locale, serviceIds, isFallback: false) is { } region)
            {
                if (regions.Any(r => r.Id == region.Id))
                {
                    file.Report(DiagnosticDescriptors.DuplicateId, item, $"Region '{region.Id}' is defined twice. Keep one.");
                    continue;
                }

                regions.Add(region);
            }
        }

        var fallbackNode = map.Get("fallback");
        if (fallbackNode is null)
        {
            map.MissingRequired("fallback");
        }

        var fallback = fallbackNode is null ? null : ReadRegion(fallbackNode, file, map.Node, locale, serviceIds, isFallback: true);
        if (defaultRegion is not null && !regions.Any(r => r.Id == defaultRegion))
        {
            file.Report(DiagnosticDescriptors.InvalidValue, defaultNode,
                $"default_region '{defaultRegion}' is not one of the regions in this file ({string.Join(", ", regions.Select(r => r.Id))}).");
        }

        return defaultRegion is null || fallback is null ? null : new CrisisResources(defaultRegion, regions.ToImmutable(), fallback, locale);
    }

    private static CrisisRegion? ReadRegion(YNode node, FileReader file, YNode parent, string locale, HashSet<string> serviceIds, bool isFallback)
    {
        var map = MapReader.Open(node, file, isFallback ? "the fallback region" : "a region", parent, RegionKeys);
        if (map is null)
        {
            return null;
        }

        var (id, idNode) = map.Text("id");
        var (name, nameNode) = map.Text("name");
        var (emergency, emergencyNode) = map.Text("emergency", required: false);
        var countries = map.TextList("countries", required: !isFallback);
        if (id is not null)
        {
            TextRules.CheckId(file, id, idNode, "the region");
        }

        CheckPlain(file, name, nameNode, "The region name");
        foreach (var (code, codeNode) in countries)
        {
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                file.Report(DiagnosticDescriptors.InvalidValue, codeNode, $"'{code}' is not a country code. Use two capital letters (ISO 3166), for example US or GB.");
            }
        }

        if (emergency is not null && !IsPhoneNumber(emergency))
        {
            file.Report(DiagnosticDescriptors.InvalidValue, emergencyNode, $"The emergency number '{emergency}' is not a phone number. Use digits, spaces and an optional leading '+'.");
            emergency = null;
        }

        var services = ImmutableArray.CreateBuilder<CrisisService>();
        foreach (var item in map.List("services"))
        {
            if (ReadService(item, file, map.Node, locale) is { } service)
            {
                if (!serviceIds.Add(service.Id))
                {
                    file.Report(DiagnosticDescriptors.DuplicateId, item, $"Service '{service.Id}' is defined twice. Give each service its own id.");
                    continue;
                }

                services.Add(service);
            }
        }

        return id is null || name is null ? null : new CrisisRegion(id, name, [.. countries.Select(c => c.Value)], emergency, services.ToImmutable(), locale);
    }

    private static CrisisService? ReadService(YNode node, FileReader file, YNode parent, string locale)
    {
        var map = MapReader.Open(node, file, "a crisis service", parent, ServiceKeys);
        if (map is null)
        {
            return null;
        }

        var (id, idNode) = map.Text("id");
        var (name, nameNode) = map.Text("name");
        var (description, descriptionNode) = map.Text("description");
        var (url, urlNode) = map.Text("url");
        var (verified, _) = map.Date("verified");
        if (id is not null)
        {
            TextRules.CheckId(file, id, idNode, "the crisis service");
        }

        CheckPlain(file, name, nameNode, "The service name");
        CheckPlain(file, description, descriptionNode, "The service description");
        var urlOk = url is not null && TextRules.CheckUrl(file, url, urlNode, "The service URL", allowAnyAllowedScheme: false);

        var contacts = ImmutableArray.CreateBuilder<CrisisContact>();
        foreach (var item in map.List("contacts"))
        {
            if (ReadContact(item, file, map.Node) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        return id is null || name is null || description is null || !urlOk || verified is null
            ? null
            : new CrisisService(id, name, description, url!, verified.Value, contacts.ToImmutable(), locale);
    }

    private static CrisisContact? ReadContact(YNode node, FileReader file, YNode parent)
    {
        var map = MapReader.Open(node, file, "a contact", parent, ContactKeys);
        if (map is null)
        {
            return null;
        }

        var (kindText, kindNode) = map.Text("kind");
        var (label, labelNode) = map.Text("label");
        var (value, valueNode) = map.Text("value");
        CheckPlain(file, label, labelNode, "The contact label");
        if (kindText is null || label is null || value is null)
        {
            return null;
        }

        CrisisContactKind kind;
        switch (kindText)
        {
            case "call":
                kind = CrisisContactKind.Call;
                break;
            case "text":
                kind = CrisisContactKind.Text;
                break;
            case "chat":
                kind = CrisisContactKind.Chat;
                break;
            case "web":
                kind = CrisisContactKind.Web;
                break;
            default:
                file.Report(DiagnosticDescriptors.InvalidValue, kindNode, $"Unknown contact kind '{kindText}'. Use: {string.Join(", ", ContactKinds)}.");
                return null;
        }

        if (kind is CrisisContactKind.Call or CrisisContactKind.Text)
        {
            if (!IsPhoneNumber(value))
            {
                file.Report(DiagnosticDescriptors.InvalidValue, valueNode, $"'{value}' is not a phone number. Use digits, spaces and an optional leading '+'.");
                return null;
            }
        }
        else if (!TextRules.CheckUrl(file, value, valueNode, "The contact URL", allowAnyAllowedScheme: false))
        {
            return null;
        }

        return new CrisisContact(kind, label, value);
    }

    private static bool IsPhoneNumber(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 2 and <= 15
            && value.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' || (c == '+' && i == 0)).All(ok => ok);
    }
}
