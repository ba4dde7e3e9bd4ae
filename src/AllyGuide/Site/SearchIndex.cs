using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllyGuide.Json;
using AllyGuide.Localization;

namespace AllyGuide.Site;

/// <summary>
/// The search index a site writes beside each locale's search page (<c>search.json</c>): every topic with its address,
/// title, summary and the distinct words of its text, for the page's script to search without any request off the site.
/// </summary>
internal static partial class SearchIndex
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static void Write(LocalizedGuide guide, Func<string, string> topicUrl, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("locale", guide.Locale);
        json.WriteString("contentVersion", guide.ContentVersion.ToString());
        json.WriteStartArray("topics");
        foreach (var topic in guide.Topics)
        {
            json.WriteStartObject();
            json.WriteString("id", topic.Id);
            json.WriteString("url", topicUrl(topic.Id));
            json.WriteString("title", topic.Title.Text);
            json.WriteString("summary", topic.Summary.Text);
            json.WriteString("terms", string.Join(' ', Terms(topic)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The distinct words of a topic's sections, tips and phrases, in lower case, in the order they first appear.</summary>
    private static IEnumerable<string> Terms(LocalizedTopic topic)
    {
        var culture = CultureInfo.GetCultureInfo(topic.Locale);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(topic))
        {
            foreach (var word in Words(text))
            {
                var lower = word.ToLower(culture);
                if (lower.Length > 2 && seen.Add(lower))
                {
                    yield return lower;
                }
            }
        }
    }

    private static IEnumerable<string> Texts(LocalizedTopic topic)
    {
        foreach (var section in topic.Sections)
        {
            yield return section.Title.Text;
            yield return Visible(section.Body);
            foreach (var tip in section.Tips)
            {
                yield return Visible(tip.Text);
                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    yield return phrase.Text.Text;
                }
            }
        }
    }

    /// <summary>The words a reader sees in text with inline markup: link addresses left out.</summary>
    private static string Visible(LocalizedText text) =>
        WebUtility.HtmlDecode(Tags().Replace(new RichText(text.Text, text.Locale).Html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>Runs of letters, marks and digits: words in any script.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
