using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllyGuide.Loading;
using AllyGuide.Model;
using AllyGuide.Tests.Infrastructure;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace AllyGuide.Tests.Schema;

/// <summary>
/// The JSON Schemas in content/schema give editors completion and inline errors. They must accept the shipped content,
/// reject what the validator rejects, and name exactly the keys the loader reads.
/// </summary>
public sealed partial class ContentSchemaTests
{
    private static string SchemaFolder => Path.Combine(TestPaths.ContentDirectory, "schema");

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.ContentDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.ContentDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public async Task Every_content_file_names_its_schema_and_matches_it(string relative)
    {
        var path = Path.Combine(TestPaths.ContentDirectory, relative);
        var text = await File.ReadAllTextAsync(path);
        var modeline = Modeline().Match(text);
        Assert.True(modeline.Success, $"{relative} has no '# yaml-language-server: $schema=' line.");

        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, modeline.Groups[1].Value));
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        var errors = schema.Validate(YamlToJson(text));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_topic_schema_rejects_a_misspelled_key_and_a_missing_field()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "topic.schema.json"));
        var broken = await File.ReadAllTextAsync(Path.Combine(TestPaths.Fixtures, "Invalid", "AG0010-unknown-key", "en", "topics", "beta.yaml"));
        var kinds = schema.Validate(YamlToJson(broken)).Select(e => e.Kind.ToString()).ToList();
        Assert.Contains("NoAdditionalPropertiesAllowed", kinds);
        Assert.Contains("PropertyRequired", kinds);

        var translation = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "translation.schema.json"));
        Assert.Empty(translation.Validate(YamlToJson("schema: 1\nid: alpha\ntitle: Tema alfa\n")));
    }

    /// <summary>The schema and the loader agree on what an editor may write: the AG0035 fixture's files, which the loader reports, the schema rejects too.</summary>
    [Fact]
    public async Task The_schema_rejects_what_the_loader_ignores()
    {
        var translation = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "translation.schema.json"));
        var ignored = await File.ReadAllTextAsync(Path.Combine(TestPaths.Fixtures, "Invalid", "AG0035-ignored-key", "es", "topics", "alpha.yaml"));

        var errors = translation.Validate(YamlToJson(ignored)).Select(e => $"{e.Path}: {e.Kind}").ToList();

        Assert.Contains("#/title: StringTooShort", errors);
        Assert.Contains(errors, e => e.StartsWith("#/audience:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("#/reviewed:", StringComparison.Ordinal));

        // The tools' marks belong to translations: in the default locale the topic schema flags them, as the loader does.
        var topic = await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, "topic.schema.json"));
        var source = await File.ReadAllTextAsync(Path.Combine(TestPaths.ContentDirectory, "en", "topics", "listening.yaml"));
        Assert.Empty(topic.Validate(YamlToJson(source)));
        Assert.Contains(topic.Validate(YamlToJson(source.Replace("id: listening\n", "id: listening\npin: 0a1b2c3d\n", StringComparison.Ordinal))), e => e.Path == "#/pin");
    }

    public static TheoryData<string> SchemaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in ContentSchemas.All().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Each_schema_file_is_the_one_made_from_the_loaders_keys(string name)
    {
        Golden.Match(ContentSchemas.Serialize(ContentSchemas.All()[name]), Path.Combine(SchemaFolder, name));
    }

    [Fact]
    public void Every_schema_file_is_made_from_the_loaders_keys()
    {
        var files = Directory.EnumerateFiles(SchemaFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ContentSchemas.All().Keys.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Every_key_and_every_ui_string_is_described()
    {
        foreach (var (name, schema) in ContentSchemas.All())
        {
            foreach (var node in Walk(schema).Where(n => n.Parent is JsonObject { Parent: JsonObject } properties && properties.GetPropertyName() == "properties"))
            {
                Assert.False(string.IsNullOrWhiteSpace(node["description"]?.GetValue<string>()), $"{name}: {node.GetPath()} has no description");
            }
        }

        var ui = ContentSchemas.All()["ui.schema.json"]["properties"]!["strings"]!["properties"]!;
        Assert.All(UiStrings.Keys, key => Assert.Contains("{", ui[key]!["description"]!.GetValue<string>() + (UiKeys.Find(key)!.Placeholders.IsEmpty ? "{" : ""), StringComparison.Ordinal));
    }

    private static IEnumerable<JsonObject> Walk(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Walk))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(Walk))
            {
                yield return child;
            }
        }
    }

    [Fact]
    public void Schemas_name_exactly_the_keys_the_loader_reads()
    {
        var guide = Load("guide.schema.json");
        AssertKeys(ContentKeys.Guide, guide);
        AssertKeys(ContentKeys.Locale, Items(guide, "locales"));

        foreach (var name in new[] { "topic.schema.json", "translation.schema.json" })
        {
            var topic = Load(name);
            AssertKeys(ContentKeys.Topic, topic);
            var section = Items(topic, "sections");
            AssertKeys(ContentKeys.Section, section);
            var tip = Items(section, "tips");
            AssertKeys(ContentKeys.Tip, tip);
            AssertKeys(ContentKeys.TryPhrase, Items(tip, "try_saying"));
            AssertKeys(ContentKeys.AvoidPhrase, Items(tip, "avoid_saying"));
            if (name == "topic.schema.json")
            {
                Assert.Equal(AllyGuide.Model.Audiences.All, Items(topic, "audience")["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
            }
        }

        var sources = Load("sources.schema.json");
        AssertKeys(ContentKeys.SourceFile, sources);
        AssertKeys(ContentKeys.Source, Items(sources, "sources"));

        var registry = Load("crisis-registry.schema.json");
        AssertKeys(ContentKeys.CrisisRegistryFile, registry);
        var region = Items(registry, "regions");
        AssertKeys(ContentKeys.Region, region);
        AssertKeys(ContentKeys.Region, registry["properties"]!["fallback"]!);
        var service = Items(region, "services");
        AssertKeys(ContentKeys.Service, service);
        var contact = Items(service, "contacts");
        AssertKeys(ContentKeys.Contact, contact);
        Assert.Equal(ContentKeys.ContactKinds, contact["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));

        var texts = Load("crisis-texts.schema.json");
        AssertKeys(ContentKeys.CrisisTextFile, texts);
        AssertKeys(ContentKeys.RegionText, Items(texts, "regions"));
        AssertKeys(ContentKeys.ServiceText, Items(texts, "services"));
        AssertKeys(ContentKeys.ContactKinds, Items(texts, "services")["properties"]!["labels"]!);

        var ui = Load("ui.schema.json");
        AssertKeys(ContentKeys.UiFile, ui);
        AssertKeys(UiStrings.Keys, ui["properties"]!["strings"]!);
    }

    private static JsonNode Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, name)))!;

    private static JsonNode Items(JsonNode node, string property) => node["properties"]![property]!["items"]!;

    private static void AssertKeys(IEnumerable<string> expected, JsonNode node)
    {
        Assert.False(node["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(expected.Order(StringComparer.Ordinal), node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>YAML to JSON with YAML 1.2 core-schema typing, as editors' YAML language servers read it.</summary>
    private static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain } quoted => JsonValue.Create(quoted.Value),
        YamlScalarNode scalar when scalar.Value is null or "" or "~" or "null" => null,
        YamlScalarNode scalar when long.TryParse(scalar.Value, out var number) && IntegerPattern().IsMatch(scalar.Value!) => JsonValue.Create(number),
        YamlScalarNode scalar when scalar.Value is "true" or "false" => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(\S+)", RegexOptions.Multiline)]
    private static partial Regex Modeline();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();
}
