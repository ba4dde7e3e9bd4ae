using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Rendering;

namespace AllyGuide.Json;

/// <summary>Serializes topics to JSON with System.Text.Json source generation.</summary>
public static class GuideJson
{
    // Letters of every script stay readable; <, >, &, ' and " stay escaped so the JSON is safe inside HTML.
    private static readonly GuideJsonContext Context = new(new JsonSerializerOptions(GuideJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>Serializes a topic with its crisis resources and the content version.</summary>
    public static string Serialize(LocalizedTopic topic, string? region = null) =>
        JsonSerializer.Serialize(ToDocument(topic, region), Context.TopicDocument);

    /// <summary>Writes a topic as JSON to <paramref name="output"/>.</summary>
    public static void Serialize(LocalizedTopic topic, TextWriter output, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Serialize(topic, region));
        output.Write('\n');
    }

    /// <summary>Serializes a topic as UTF-8 JSON to a stream.</summary>
    public static void Serialize(LocalizedTopic topic, Stream output, string? region = null) =>
        JsonSerializer.Serialize(output, ToDocument(topic, region), Context.TopicDocument);

    /// <summary>Reads JSON written by <see cref="Serialize(LocalizedTopic, string?)"/> back into the contract types.</summary>
    public static TopicDocument? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.TopicDocument);

    /// <summary>The JSON contract's view of a topic.</summary>
    public static TopicDocument ToDocument(LocalizedTopic topic, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var t = topic.Topic;
        return new TopicDocument(
            topic.ContentVersion.ToString(),
            topic.Locale,
            topic.FallbackChain,
            new TopicContent(
                t.Id,
                t.Title,
                t.Summary,
                t.Locale,
                t.Audience,
                Date(t.Reviewed),
                Date(t.NextReview),
                [.. t.Sections.Select(s => new SectionDocument(s.Id, s.Title, Rich(s.Body), s.Locale, [.. s.Tips.Select(Tip)]))],
                [.. topic.Related.Select(r => new TopicLinkDocument(r.Id, r.Title, r.Summary))],
                [.. topic.Sources.Select(s => new SourceDocument(s.Id, s.Title, s.Organization, InlineMarkup.SafeUrl(s.Url) ?? ""))]),
            new CrisisDocument(
                topic.Crisis.Locale,
                Region(topic.Crisis.GetRegion(region)),
                Region(topic.Crisis.Fallback),
                [.. topic.Crisis.Regions.Select(Region)]));
    }

    private static TipDocument Tip(Tip tip) => new(
        tip.Id,
        Rich(tip.Text),
        tip.Locale,
        [.. tip.TrySaying.Select(Phrase)],
        [.. tip.AvoidSaying.Select(Phrase)]);

    private static PhraseDocument Phrase(Phrase p) => new(p.Id, p.Text, p.Why, p.Locale);

    private static RegionDocument Region(CrisisRegion r) => new(
        r.Id,
        r.Name,
        r.Countries,
        r.Emergency,
        r.EmergencyHref,
        [.. r.Services.Select(s => new ServiceDocument(
            s.Id,
            s.Name,
            s.Description,
            InlineMarkup.SafeUrl(s.Url) ?? "",
            Date(s.Verified),
            [.. s.Contacts.Select(c => new ContactDocument(
                c.Kind.ToString().ToLowerInvariant(),
                c.Label,
                c.Kind is CrisisContactKind.Chat or CrisisContactKind.Web ? InlineMarkup.SafeUrl(c.Value) ?? "" : c.Value,
                InlineMarkup.SafeUrl(c.Href) ?? ""))]))]);

    private static RichText Rich(string markup) => new(InlineMarkup.Sanitize(markup), InlineMarkup.ToHtml(markup).Html, InlineMarkup.ToPlainText(markup));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
