using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Tests.Schema;

/// <summary>
/// The JSON Schemas of the content files, made from the keys the loader reads and a description of each, so editors
/// explain every key as translators type and the schemas can never drift from the loader. The files under
/// content/schema are these, written out (ALLYGUIDE_UPDATE_SNAPSHOTS=1 rewrites them).
/// </summary>
internal static class ContentSchemas
{
    private const string Id = "A stable id: lowercase letters, digits and hyphens, starting with a letter. Never change it once published: translations match units by id, never by position.";
    private const string Pin = "Written by the tools (allyguide new-locale, sync, import): a short hash of the source text this translation was made from, so a later change to the source shows as drifted. Never edit it by hand.";
    private const string Draft = "true while a translation is unfinished: readers see the original text until it is false or removed. allyguide status counts it as a draft.";
    private const string Note = "Context for translators: tone, where the text is shown, what must not change (such as a phone number). Never shown to readers; carried into XLIFF and shown by allyguide status.";
    private const string Markup = " Inline markup is allowed: *emphasis*, **strong** and [words](https://...) links (https, mailto, tel or sms). Raw HTML is refused.";
    private const string Date = "A date, YYYY-MM-DD.";
    private const string Ignored = " Ignored in a translation, which takes it from the default locale (warning AG0035): remove it.";
    private const string InDefault = " Only translations carry it; ignored in the default locale (warning AG0035): remove it.";

    public static IReadOnlyDictionary<string, JsonObject> All()
    {
        var all = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            ["guide.schema.json"] = Guide(),
            ["crisis-registry.schema.json"] = Registry(),
            ["crisis-texts.schema.json"] = CrisisTexts(),
            ["sources.schema.json"] = Sources(),
            ["topic.schema.json"] = Topic(translation: false),
            ["translation.schema.json"] = Topic(translation: true),
            ["ui.schema.json"] = Ui(),
        };
        foreach (var (name, schema) in all)
        {
            schema["$id"] = "https://allyguide.invalid/schema/" + name;
        }

        return all;
    }

    private static JsonObject Guide() => File("guide.yaml", "The guide's declarations: its version, its locales and the reading order of its topics.", 1, ContentKeys.Guide, new()
    {
        ["content_version"] = Text("The content's own semantic version, MAJOR.MINOR.PATCH: the major for removed or renamed topics, the minor for added ones, the patch for wording.", pattern: @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$"),
        ["default_locale"] = Text("The locale every other locale falls back to, unit by unit. Its topics define the structure translations follow."),
        ["locales"] = List("The locales the guide is written in.", Object(ContentKeys.Locale, ["code", "name"], new()
        {
            ["code"] = Text("A BCP 47 locale code such as en, es or es-MX. Its folder must have exactly this name.", pattern: "^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$"),
            ["name"] = Text("The locale's name in its own language, for example Español."),
            ["regions"] = List("Where the locale's readers most likely live, in order: region ids of crisis.yaml or ISO 3166 country codes. The first is shown when the reader's locale names no country (es-MX names Mexico); with none, readers get the fallback.", Text("A region id or a two-letter country code.")),
        })),
        ["topics"] = List("Topic ids in reading order. Topics left out still ship, after these.", IdValue()),
        ["crisis_topic"] = Text("The id of the topic on what to do in a crisis: the crisis box on every page and the crisis page link to it."),
        ["start_here"] = List("A short reading path for someone who has just learned that a person close to them is struggling.", IdValue(), minItems: 0),
    });

    private static JsonObject Registry()
    {
        var contact = Object(ContentKeys.Contact, ["kind", "value"], new()
        {
            ["kind"] = Enum(ContentKeys.ContactKinds, "call and text take a phone number (tel: and sms: links); chat and web take an https address."),
            ["value"] = Text("The phone number (digits, spaces, an optional leading +) or the https address. Type it once, here: labels in every language are made from it."),
        });
        var service = Object(ContentKeys.Service, ["id", "url", "verified", "contacts"], new()
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["url"] = Text("The service's own https address.", pattern: "^https://"),
            ["verified"] = Text("When these details were last checked against the service itself. " + Date, pattern: @"^\d{4}-\d{2}-\d{2}$"),
            ["hours"] = Enum(["24/7"], "24/7 for a service that always answers; otherwise leave it out and say when in the description."),
            ["contacts"] = List("How to reach the service.", contact),
        });
        JsonObject Region(bool fallback) => Object(ContentKeys.Region, fallback ? ["id", "services"] : ["id", "countries", "services"], new()
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["countries"] = List("ISO 3166 country codes the region covers, in capitals, for example GB.", Text("A two-letter country code.", pattern: "^[A-Z]{2}$"), minItems: fallback ? 0 : 1),
            ["emergency"] = Text("The region's emergency number, for example 911. Leave it out where it varies (the fallback).", pattern: @"^\+?[0-9][0-9 -]*$"),
            ["services"] = List("The region's crisis services.", service),
        });
        return File("crisis.yaml", "Crisis services by region, once for every language: numbers, addresses, hours and the dates they were checked. Names and descriptions are in each locale's crisis.yaml.",
            1, ContentKeys.CrisisRegistryFile, new()
            {
                ["regions"] = List("Every region with checked services. Never guess a number: a place without a checked service gets the fallback.", Region(fallback: false)),
                ["fallback"] = Describe(Region(fallback: true), "What readers everywhere else get: a directory of helplines, and the advice to call the local emergency number."),
            });
    }

    private static JsonObject CrisisTexts() => File("crisis.yaml (locale)", "A locale's words for the crisis services of ../crisis.yaml: region names, service names and descriptions. A translation needs only what it translates.",
        ContentKeys.CrisisTextSchemaVersion, ContentKeys.CrisisTextFile, required: ["schema"], properties: new()
        {
            ["regions"] = List("Region names, by the region ids of ../crisis.yaml.", Object(ContentKeys.RegionText, ["id"], new()
            {
                ["id"] = Text("A region id of ../crisis.yaml.", pattern: "^[a-z][a-z0-9-]*$"),
                ["name"] = Text("The region's name, for example United Kingdom."),
                ["pin"] = Text(Pin),
                ["draft"] = Flag(Draft),
                ["note"] = Text(Note),
            })),
            ["services"] = List("Service names and descriptions, by the service ids of ../crisis.yaml.", Object(ContentKeys.ServiceText, ["id"], new()
            {
                ["id"] = Text("A service id of ../crisis.yaml.", pattern: "^[a-z][a-z0-9-]*$"),
                ["name"] = Text("The service's name. Use the name the service itself uses in this language where it has one; leave it out to show the original name."),
                ["name_lang"] = Text("The language of the name when it is not this file's, for example es for a Spanish service's name in the English file, so pages mark it correctly."),
                ["description"] = Text("What the service offers and when, in one or two plain sentences. No phone numbers: they are shown from ../crisis.yaml."),
                ["labels"] = Object(ContentKeys.ContactKinds, [], new()
                {
                    ["call"] = Text("This service's own wording for its call link; otherwise the UI string contact_call is used."),
                    ["text"] = Text("This service's own wording for its text link; otherwise contact_text."),
                    ["chat"] = Text("This service's own wording for its chat link; otherwise contact_chat."),
                    ["web"] = Text("This service's own wording for its website link; otherwise contact_web."),
                }, "Link labels this service words its own way."),
                ["pin"] = Text(Pin),
                ["draft"] = Flag(Draft),
                ["note"] = Text(Note),
            })),
        });

    private static JsonObject Sources() => File("sources.yaml", "The published sources topics cite. Cite the page that supports the claim, not a home page.", 1, ContentKeys.SourceFile, new()
    {
        ["sources"] = List("The sources.", Object(ContentKeys.Source, ["id", "title", "organization", "url"], new()
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["title"] = Text("The page or publication title, as published."),
            ["organization"] = Text("Who published it."),
            ["url"] = Text("The page's https address.", pattern: "^https://"),
        })),
    });

    private static JsonObject Topic(bool translation)
    {
        string[] Required(params string[] keys) => translation ? ["id"] : keys;
        // What the loader reads but ignores (AG0035) is a key the schema knows and never accepts, so an editor flags it
        // with the same advice: topic-level facts in a translation, the tools' marks in the default locale.
        JsonObject Source(JsonObject property) => translation ? Never((string)property["description"]! + Ignored) : property;
        JsonObject PinKey(string text = Pin) => translation ? Text(text) : Never(Pin + InDefault);
        JsonObject DraftKey() => translation ? Flag(Draft) : Never(Draft + InDefault);
        var phrase = (ImmutableArray<string> keys, string what) => Object(keys, Required("id", "text"), new Dictionary<string, JsonNode>
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["text"] = Text(what),
            ["why"] = Text("Why it tends to hurt, in one plain sentence."),
            ["situations"] = Source(Situations("Situations the phrase fits besides its tip's.")),
            ["pin"] = PinKey(),
            ["draft"] = DraftKey(),
            ["note"] = Text(Note),
        }.Where(p => keys.Contains(p.Key)).ToDictionary());
        var tip = Object(ContentKeys.Tip, Required("id", "text"), new()
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["text"] = Text("One piece of practical advice." + Markup),
            ["audience"] = Source(List("Who the tip is for, when it fits only some of the topic's audience; leave it out when it fits all of it.", Enum(Audiences.All, "An audience the topic also has."))),
            ["situations"] = Source(Situations("The situations the tip is for; its phrases share them.")),
            ["try_saying"] = List("Words that help, as someone would say them aloud.", phrase(ContentKeys.TryPhrase, "Words to say, in quotes."), minItems: 0),
            ["avoid_saying"] = List("Words that tend to hurt, each with why.", phrase(ContentKeys.AvoidPhrase, "Words to avoid, quoted as people say them. Labels may be quoted here, and only here."), minItems: 0),
            ["pin"] = PinKey(),
            ["draft"] = DraftKey(),
            ["note"] = Text(Note),
        });
        var section = Object(ContentKeys.Section, Required("id", "title"), new()
        {
            ["id"] = Text(Id, pattern: "^[a-z][a-z0-9-]*$"),
            ["title"] = Text("The section's heading, plain text."),
            ["body"] = Text("Short paragraphs, separated by a blank line." + Markup),
            ["tips"] = List("Advice in this section, in order.", tip, minItems: 0),
            ["pin"] = PinKey(),
            ["draft"] = DraftKey(),
            ["note"] = Text(Note),
        });
        var title = translation ? "topic (translation)" : "topic";
        var description = translation
            ? "A translated topic: only the ids and the texts translated. Every unit left out shows the default locale's text, marked with its language."
            : "One ally topic, in the default locale: the structure every translation follows.";
        return File(title, description, 1, ContentKeys.Topic, new()
        {
            ["id"] = Text(Id + " Also the file name and the page name.", pattern: "^[a-z][a-z0-9-]*$"),
            ["title"] = Text("The topic's title, plain text."),
            ["summary"] = Text("One plain sentence saying what the topic helps with."),
            ["audience"] = Source(List("Who the topic is for.", Enum(Audiences.All, "An audience."))),
            ["reviewed"] = Source(Text("When a health editor last reviewed the topic against its sources. " + Date, pattern: @"^\d{4}-\d{2}-\d{2}$")),
            ["next_review"] = Source(Text("When the topic is next due for review; after it, validation warns (AG0107). " + Date, pattern: @"^\d{4}-\d{2}-\d{2}$")),
            ["related"] = Source(List("Ids of related topics.", IdValue(), minItems: 0)),
            ["sources"] = Source(List("Ids of the sources in sources.yaml that support what the topic says; two or more.", IdValue())),
            ["sections"] = List("The topic's sections, in order.", section),
            ["pin"] = PinKey(Pin + " On a topic, it covers the title and summary."),
            ["draft"] = DraftKey(),
            ["note"] = Text(Note),
        }, Required("id", "title", "summary", "audience", "reviewed", "next_review", "sources", "sections"));
    }

    private static JsonObject Ui()
    {
        var strings = new Dictionary<string, JsonNode>();
        foreach (var key in UiKeys.All)
        {
            var placeholders = key.Placeholders.IsEmpty ? "" : $" Keep the placeholder{(key.Placeholders.Length == 1 ? "" : "s")} {string.Join(", ", key.Placeholders.Select(p => "{" + p + "}"))} exactly as written; put the words around {(key.Placeholders.Length == 1 ? "it" : "them")} in your language's order.";
            var form = Object(ContentKeys.UiString, [], new Dictionary<string, JsonNode>
            {
                ["text"] = Text("The text."),
                ["zero"] = Text("The form for a count of zero (CLDR), in languages that have one."),
                ["one"] = Text("The form for one (CLDR category one)."),
                ["two"] = Text("The form for two (CLDR category two), in languages that have one."),
                ["few"] = Text("The form for a few (CLDR category few), in languages that have one."),
                ["many"] = Text("The form for many (CLDR category many), in languages that have one."),
                ["other"] = Text("The form for every other count; required when the string has plural forms."),
                ["pin"] = Text(Pin),
                ["draft"] = Flag(Draft),
                ["note"] = Text(Note),
            }, "The string with translation metadata, or with plural forms by CLDR category.");
            strings[key.Key] = new JsonObject
            {
                ["description"] = key.Description + placeholders,
                ["oneOf"] = new JsonArray(Text("The text."), form),
            };
        }

        return File("ui.yaml", "The short interface texts of one locale: labels, headings, link texts. A translation needs only the strings it translates.", 1, ContentKeys.UiFile, new()
        {
            ["strings"] = Object(UiStrings.Keys, [], strings, "The strings, by key."),
        });
    }

    private static JsonObject File(string title, string description, int schema, ImmutableArray<string> keys, Dictionary<string, JsonNode> properties, string[]? required = null)
    {
        properties["schema"] = new JsonObject { ["const"] = schema, ["description"] = $"The schema version this file is written in: {schema}. Leave it as it is." };
        var root = Object(keys, required ?? ["schema", .. keys.Where(k => k is not "schema")], properties, description);
        var file = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "",
            ["title"] = title,
        };
        foreach (var (key, value) in root)
        {
            file[key] = value?.DeepClone();
        }

        return file;
    }

    private static JsonObject Object(ImmutableArray<string> keys, string[] required, Dictionary<string, JsonNode> properties, string? description = null)
    {
        var missing = keys.Where(k => !properties.ContainsKey(k)).ToList();
        if (missing.Count > 0 || properties.Keys.Any(k => !keys.Contains(k)))
        {
            throw new InvalidOperationException($"Schema and loader keys differ: {string.Join(", ", missing)}.");
        }

        var node = new JsonObject();
        if (description is not null)
        {
            node["description"] = description;
        }

        node["type"] = "object";
        node["additionalProperties"] = false;
        if (required.Length > 0)
        {
            node["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        var props = new JsonObject();
        foreach (var key in keys)
        {
            props[key] = properties[key].DeepClone();
        }

        node["properties"] = props;
        return node;
    }

    private static JsonObject Describe(JsonObject node, string description)
    {
        var copy = (JsonObject)node.DeepClone();
        copy.Insert(0, "description", description);
        return copy;
    }

    private static JsonObject Text(string description, string? pattern = null)
    {
        var node = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = description };
        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        return node;
    }

    private static JsonObject IdValue() => Text("A topic id.", pattern: "^[a-z][a-z0-9-]*$");

    /// <summary>A key the loader knows but ignores here: any value is flagged, with the description saying why.</summary>
    private static JsonObject Situations(string description) =>
        List(description + " Apps use them to suggest what to say next.", Enum(Model.Situations.All, "A situation: " + string.Join(", ", Model.Situations.All) + "."));

    private static JsonObject Never(string description) => new() { ["description"] = description, ["not"] = new JsonObject() };

    private static JsonObject Flag(string description) => new() { ["type"] = "boolean", ["description"] = description };

    private static JsonObject Enum(IEnumerable<string> values, string description) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]), ["description"] = description };

    private static JsonObject List(string description, JsonNode items, int minItems = 1) => new()
    {
        ["type"] = "array",
        ["description"] = description,
        ["minItems"] = minItems,
        ["items"] = items.DeepClone(),
    };

    public static string Serialize(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
