using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Loading;

internal sealed partial class GuideReader
{
    private CrisisResources? ReadCrisis(string locale, bool isDefault)
    {
        var map = OpenFile(locale + "/crisis.yaml", "crisis.yaml", ContentKeys.CrisisFile, isDefault, out _);
        if (map is null)
        {
            return null;
        }

        var (defaultRegion, _) = map.Text("default_region");
        var regions = ImmutableArray.CreateBuilder<CrisisRegion>();
        foreach (var item in map.List("regions"))
        {
            if (ReadRegion(item, map, locale, isFallback: false) is { } region)
            {
                regions.Add(region);
            }
        }

        var fallbackNode = map.Get("fallback");
        if (fallbackNode is null)
        {
            map.MissingRequired("fallback");
        }

        var fallback = fallbackNode is null ? null : ReadRegion(fallbackNode, map, locale, isFallback: true);
        if (defaultRegion is null || fallback is null)
        {
            return null;
        }

        var crisis = new CrisisResources { DefaultRegion = defaultRegion, Regions = regions.ToImmutable(), Fallback = fallback, Locale = locale };
        map.Record(crisis);
        return crisis;
    }

    private static CrisisRegion? ReadRegion(YNode node, MapReader parent, string locale, bool isFallback)
    {
        var map = MapReader.Open(node, parent.File, isFallback ? "the fallback region" : "a region", parent.Node, ContentKeys.Region);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (name, _) = map.Text("name");
        var (emergency, _) = map.Text("emergency", required: false);
        var countries = map.TextList("countries", required: !isFallback);
        var services = ImmutableArray.CreateBuilder<CrisisService>();
        foreach (var item in map.List("services"))
        {
            if (ReadService(item, map, locale) is { } service)
            {
                services.Add(service);
            }
        }

        if (id is null || name is null)
        {
            return null;
        }

        var region = new CrisisRegion
        {
            Id = id,
            Name = name,
            Countries = [.. countries.Select(c => c.Value)],
            Emergency = emergency,
            Services = services.ToImmutable(),
            Locale = locale,
        };
        map.Record(region);
        return region;
    }

    private static CrisisService? ReadService(YNode node, MapReader parent, string locale)
    {
        var map = MapReader.Open(node, parent.File, "a crisis service", parent.Node, ContentKeys.Service);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (name, _) = map.Text("name");
        var (description, _) = map.Text("description");
        var (url, _) = map.Text("url");
        var (verified, _) = map.Date("verified");
        var contacts = ImmutableArray.CreateBuilder<CrisisContact>();
        foreach (var item in map.List("contacts"))
        {
            if (ReadContact(item, map) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        if (id is null || name is null || description is null || url is null || verified is null)
        {
            return null;
        }

        var service = new CrisisService
        {
            Id = id,
            Name = name,
            Description = description,
            Url = url,
            Verified = verified.Value,
            Contacts = contacts.ToImmutable(),
            Locale = locale,
        };
        map.Record(service);
        return service;
    }

    private static CrisisContact? ReadContact(YNode node, MapReader parent)
    {
        var map = MapReader.Open(node, parent.File, "a contact", parent.Node, ContentKeys.Contact);
        if (map is null)
        {
            return null;
        }

        var (kindText, kindNode) = map.Text("kind");
        var (label, _) = map.Text("label");
        var (value, _) = map.Text("value");
        if (kindText is null || label is null || value is null)
        {
            return null;
        }

        CrisisContactKind? kind = kindText switch
        {
            "call" => CrisisContactKind.Call,
            "text" => CrisisContactKind.Text,
            "chat" => CrisisContactKind.Chat,
            "web" => CrisisContactKind.Web,
            _ => null,
        };
        if (kind is null)
        {
            map.File.Report(DiagnosticDescriptors.InvalidValue, kindNode, $"Unknown contact kind '{kindText}'. Use: {string.Join(", ", ContentKeys.ContactKinds)}.");
            return null;
        }

        var contact = new CrisisContact { Kind = kind.Value, Label = label, Value = value };
        map.Record(contact);
        return contact;
    }
}
