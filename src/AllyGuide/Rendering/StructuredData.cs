using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AllyGuide.Json;

namespace AllyGuide.Rendering;

/// <summary>
/// A topic page's schema.org description as JSON-LD: a <c>MedicalWebPage</c> with its language, audiences, review date
/// and sources. Written with the default JSON escaping, which escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the
/// text can sit inside a <c>&lt;script&gt;</c> element and never close it, whatever the content holds.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static string ForTopic(TopicDocument document, string? url)
    {
        var topic = document.Topic;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "MedicalWebPage");
            json.WriteString("name", topic.Title);
            json.WriteString("description", topic.Summary);
            json.WriteString("inLanguage", document.Locale);
            if (url is not null)
            {
                json.WriteString("url", url);
            }

            json.WriteString("lastReviewed", topic.Reviewed);
            json.WriteString("version", document.ContentVersion);
            // Guidance for the people around someone facing mental health challenges: a psychiatric specialty page.
            json.WriteString("specialty", "https://schema.org/Psychiatric");
            json.WriteStartObject("about");
            json.WriteString("@type", "Thing");
            json.WriteString("name", topic.Title);
            json.WriteString("description", topic.Summary);
            json.WriteEndObject();
            json.WriteStartArray("audience");
            foreach (var audience in topic.Audience)
            {
                json.WriteStartObject();
                json.WriteString("@type", "PeopleAudience");
                json.WriteString("audienceType", audience);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("citation");
            foreach (var source in topic.Sources)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", source.Title);
                json.WriteString("url", source.Url);
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", source.Organization);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
