using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Loading;

internal sealed partial class GuideReader
{
    /// <summary>Reads <c>crisis.yaml</c> at the content root: every region's numbers, addresses and dates, once for all locales.</summary>
    private CrisisRegistry? ReadRegistry()
    {
        var map = OpenFile("crisis.yaml", "crisis.yaml", ContentKeys.CrisisRegistryFile, required: true, out _);
        if (map is null)
        {
            return null;
        }

        var regions = ImmutableArray.CreateBuilder<CrisisRegion>();
        foreach (var item in map.List("regions"))
        {
            if (ReadRegion(item, map, isFallback: false) is { } region)
            {
                regions.Add(region);
            }
        }

        var fallbackNode = map.Get("fallback");
        if (fallbackNode is null)
        {
            map.MissingRequired("fallback");
        }

        var fallback = fallbackNode is null ? null : ReadRegion(fallbackNode, map, isFallback: true);
        if (fallback is null)
        {
            return null;
        }

        var registry = new CrisisRegistry { Regions = regions.ToImmutable(), Fallback = fallback };
        map.Record(registry);
        return registry;
    }

    private static CrisisRegion? ReadRegion(YNode node, MapReader parent, bool isFallback)
    {
        var map = MapReader.Open(node, parent.File, isFallback ? "the fallback region" : "a region", parent.Node, ContentKeys.Region);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (emergency, _) = map.Text("emergency", required: false);
        var countries = map.TextList("countries", required: !isFallback);
        var services = ImmutableArray.CreateBuilder<CrisisService>();
        foreach (var item in map.List("services"))
        {
            if (ReadService(item, map) is { } service)
            {
                services.Add(service);
            }
        }

        if (id is null)
        {
            return null;
        }

        var region = new CrisisRegion
        {
            Id = id,
            Countries = [.. countries.Select(c => c.Value)],
            Emergency = emergency,
            Services = services.ToImmutable(),
        };
        map.Record(region);
        return region;
    }

    private static CrisisService? ReadService(YNode node, MapReader parent)
    {
        var map = MapReader.Open(node, parent.File, "a crisis service", parent.Node, ContentKeys.Service);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (url, _) = map.Text("url");
        var (verified, _) = map.Date("verified");
        var (hours, _) = map.Text("hours", required: false);
        var contacts = ImmutableArray.CreateBuilder<CrisisContact>();
        foreach (var item in map.List("contacts"))
        {
            if (ReadContact(item, map) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        if (id is null || url is null || verified is null)
        {
            return null;
        }

        var service = new CrisisService { Id = id, Url = url, Verified = verified.Value, Hours = hours, Contacts = contacts.ToImmutable() };
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
        var (value, _) = map.Text("value");
        if (kindText is null || value is null)
        {
            return null;
        }

        if (ParseKind(kindText) is not { } kind)
        {
            map.File.Report(DiagnosticDescriptors.InvalidValue, kindNode, $"Unknown contact kind '{kindText}'. Use: {string.Join(", ", ContentKeys.ContactKinds)}.");
            return null;
        }

        var contact = new CrisisContact { Kind = kind, Value = value };
        map.Record(contact);
        return contact;
    }

    private static CrisisContactKind? ParseKind(string kind) => kind switch
    {
        "call" => CrisisContactKind.Call,
        "text" => CrisisContactKind.Text,
        "chat" => CrisisContactKind.Chat,
        "web" => CrisisContactKind.Web,
        _ => null,
    };

    /// <summary>Reads <c>&lt;locale&gt;/crisis.yaml</c>: the locale's names and descriptions for the registry's regions and services.</summary>
    private CrisisTexts? ReadCrisisTexts(string locale, bool isDefault)
    {
        var map = OpenFile(locale + "/crisis.yaml", "crisis.yaml", ContentKeys.CrisisTextFile, isDefault, ContentKeys.CrisisTextSchemaVersion, out var file);
        if (map is null)
        {
            return null;
        }

        var regions = ImmutableArray.CreateBuilder<CrisisRegionText>();
        foreach (var item in map.List("regions", required: isDefault))
        {
            var entry = MapReader.Open(item, file, "a region", map.Node, ContentKeys.RegionText);
            var (id, _) = entry?.Text("id") ?? (null, null);
            var (name, _) = entry?.Text("name", isDefault) ?? (null, null);
            if (entry is not null && id is not null && (name is not null || !isDefault))
            {
                var text = new CrisisRegionText { Id = id, Name = name ?? "", Translation = ReadTranslationInfo(entry) };
                entry.Record(text);
                regions.Add(text);
            }
        }

        var services = ImmutableArray.CreateBuilder<CrisisServiceText>();
        foreach (var item in map.List("services", required: isDefault))
        {
            var entry = MapReader.Open(item, file, "a crisis service", map.Node, ContentKeys.ServiceText);
            var (id, _) = entry?.Text("id") ?? (null, null);
            var (name, _) = entry?.Text("name", isDefault) ?? (null, null);
            var (description, _) = entry?.Text("description", isDefault) ?? (null, null);
            var (nameLanguage, _) = entry?.Text("name_lang", required: false) ?? (null, null);
            if (entry is null || id is null || (isDefault && (name is null || description is null)))
            {
                continue;
            }

            var labels = ImmutableDictionary.CreateBuilder<CrisisContactKind, string>();
            var labelMap = entry.Get("labels") is null ? null : MapReader.Open(entry.Get("labels"), file, "the labels of a crisis service", entry.Node, ContentKeys.ContactKinds);
            foreach (var kind in ContentKeys.ContactKinds)
            {
                if (labelMap?.Text(kind, required: false).Value is { } label)
                {
                    labels[ParseKind(kind)!.Value] = label;
                }
            }

            var text = new CrisisServiceText
            {
                Id = id,
                Name = name ?? "",
                NameLanguage = nameLanguage,
                Description = description ?? "",
                Labels = labels.ToImmutable(),
                Translation = ReadTranslationInfo(entry),
            };
            entry.Record(text);
            labelMap?.Record(text.Labels);
            services.Add(text);
        }

        var texts = new CrisisTexts { Regions = regions.ToImmutable(), Services = services.ToImmutable(), Locale = locale };
        map.Record(texts);
        return texts;
    }
}
