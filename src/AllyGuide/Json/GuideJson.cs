using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AllyGuide.Localization;

namespace AllyGuide.Json;

/// <summary>Serializes topics to JSON with System.Text.Json source generation.</summary>
public static class GuideJson
{
    // Letters of every script stay readable; <, >, &, ' and " stay escaped so the JSON is safe inside HTML.
    private static readonly GuideJsonContext Context = new(new JsonSerializerOptions(GuideJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>Serializes a topic with its crisis resources (the <paramref name="region"/> first) and the content version.</summary>
    public static string Serialize(LocalizedTopic topic, string? region = null) =>
        JsonSerializer.Serialize(ToDocument(topic, region), Context.TopicDocument);

    /// <summary>Writes a topic as JSON, and a final newline, to <paramref name="output"/>.</summary>
    public static void Serialize(LocalizedTopic topic, TextWriter output, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Serialize(topic, region));
        output.Write('\n');
    }

    /// <summary>Serializes a topic as UTF-8 JSON to a stream.</summary>
    public static void Serialize(LocalizedTopic topic, Stream output, string? region = null) =>
        JsonSerializer.Serialize(output, ToDocument(topic, region), Context.TopicDocument);

    /// <summary>Serializes a topic as UTF-8 JSON to a stream without blocking on I/O.</summary>
    public static Task SerializeAsync(LocalizedTopic topic, Stream output, string? region = null, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, ToDocument(topic, region), Context.TopicDocument, cancellationToken);

    /// <summary>Serializes a document as the JSON contract writes it.</summary>
    public static string Serialize(TopicDocument document) => JsonSerializer.Serialize(document, Context.TopicDocument);

    /// <summary>Reads JSON written by <see cref="Serialize(LocalizedTopic, string?)"/> back into the contract types.</summary>
    public static TopicDocument? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.TopicDocument);

    /// <summary>The JSON contract's view of a topic: the projection every format renders from.</summary>
    public static TopicDocument ToDocument(LocalizedTopic topic, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Projection.Topic(topic, region);
    }

    /// <summary>
    /// Serializes the phrases a query found, with the crisis help of <paramref name="region"/> (or the locale's first
    /// region), and a final newline when written to a writer.
    /// </summary>
    /// <param name="phrases">What <see cref="Guide.Phrases(PhraseQuery?)"/> found.</param>
    /// <param name="guide">The guide, localized for the same locale, whose crisis help goes with the phrases.</param>
    /// <param name="region">The reader's crisis region; null for the locale's first.</param>
    public static string Serialize(PhraseSet phrases, LocalizedGuide guide, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(guide);
        return JsonSerializer.Serialize(Projection.Phrases(phrases, guide.Crisis, region), Context.PhraseSetDocument);
    }

    /// <summary>Reads JSON written by <see cref="Serialize(PhraseSet, LocalizedGuide, string?)"/> back into the contract types.</summary>
    public static PhraseSetDocument? DeserializePhrases(string json) => JsonSerializer.Deserialize(json, Context.PhraseSetDocument);
}
