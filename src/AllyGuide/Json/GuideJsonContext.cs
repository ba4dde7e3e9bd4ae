using System.Text.Json.Serialization;

namespace AllyGuide.Json;

/// <summary>Source-generated System.Text.Json metadata for the JSON contract: no reflection, trimming-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TopicDocument))]
[JsonSerializable(typeof(PhraseSetDocument))]
public sealed partial class GuideJsonContext : JsonSerializerContext;
