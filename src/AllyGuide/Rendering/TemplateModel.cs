using System.Globalization;
using AllyGuide.Localization;
using AllyGuide.Model;
using Scriban.Runtime;

namespace AllyGuide.Rendering;

/// <summary>
/// Builds the values templates see, in snake_case. In HTML mode, text with inline markup becomes <see cref="SafeHtml"/>
/// and every other string stays a plain string that the context escapes; in text mode markup becomes plain text.
/// URLs are passed through only when their scheme is allowed.
/// </summary>
internal sealed class TemplateModel(RendererOptions options, bool html)
{
    public ScriptObject ForTopic(LocalizedTopic topic)
    {
        var model = Common(topic.Locale, topic.Crisis, topic.Ui, topic.ContentVersion);
        model["topic"] = Topic(topic);
        return model;
    }

    public ScriptObject ForGuide(LocalizedGuide guide)
    {
        var model = Common(guide.Locale, guide.Crisis, guide.Ui, guide.ContentVersion);
        model["topics"] = Array(guide.Topics.Select(t => Link(t.Topic.Id, t.Topic.Title, t.Topic.Summary)));
        model["start_here"] = Array(guide.StartHere.Select(t => Link(t.Id, t.Title, t.Summary)));
        return model;
    }

    private ScriptObject Common(string locale, CrisisResources crisis, UiStrings ui, ContentVersion version)
    {
        var strings = new ScriptObject();
        foreach (var key in UiStrings.Keys)
        {
            strings[key] = ui[key];
        }

        var region = crisis.GetRegion(options.Region);
        return new ScriptObject
        {
            ["ui"] = strings,
            ["locale"] = locale,
            ["dir"] = IsRightToLeft(locale) ? "rtl" : "ltr",
            ["content_version"] = version.ToString(),
            ["links"] = new ScriptObject
            {
                ["index"] = options.IndexUrl,
                ["crisis"] = options.CrisisUrl,
                ["stylesheet"] = options.StylesheetUrl,
            },
            ["crisis"] = new ScriptObject
            {
                ["region"] = Region(region),
                ["fallback"] = Region(crisis.Fallback),
                ["regions"] = Array(crisis.Regions.Select(Region)),
                ["other_regions"] = Array(crisis.Regions.Where(r => r != region).Select(Region)),
            },
        };
    }

    private ScriptObject Topic(LocalizedTopic localized)
    {
        var topic = localized.Topic;
        return new ScriptObject
        {
            ["id"] = topic.Id,
            ["title"] = topic.Title,
            ["summary"] = topic.Summary,
            ["locale"] = topic.Locale,
            ["url"] = TopicUrl(topic.Id),
            ["audience"] = Array(topic.Audience.Select(a => (object)a)),
            ["reviewed"] = Date(topic.Reviewed),
            ["next_review"] = Date(topic.NextReview),
            ["sections"] = Array(topic.Sections.Select(Section)),
            ["related"] = Array(localized.Related.Select(r => Link(r.Id, r.Title, r.Summary))),
            ["sources"] = Array(localized.Sources.Select(s => new ScriptObject
            {
                ["id"] = s.Id,
                ["title"] = s.Title,
                ["organization"] = s.Organization,
                ["url"] = InlineMarkup.SafeUrl(s.Url),
            })),
        };
    }

    private ScriptObject Section(Section section) => new()
    {
        ["id"] = section.Id,
        ["title"] = section.Title,
        ["body"] = Markup(section.Body),
        ["locale"] = section.Locale,
        ["tips"] = Array(section.Tips.Select(tip => new ScriptObject
        {
            ["id"] = tip.Id,
            ["text"] = Markup(tip.Text),
            ["locale"] = tip.Locale,
            ["try_saying"] = Array(tip.TrySaying.Select(Phrase)),
            ["avoid_saying"] = Array(tip.AvoidSaying.Select(Phrase)),
        })),
    };

    private static ScriptObject Phrase(Phrase phrase) => new()
    {
        ["id"] = phrase.Id,
        ["text"] = phrase.Text,
        ["why"] = phrase.Why,
        ["locale"] = phrase.Locale,
    };

    private static ScriptObject Region(CrisisRegion region) => new()
    {
        ["id"] = region.Id,
        ["name"] = region.Name,
        ["emergency"] = region.Emergency,
        ["emergency_href"] = region.EmergencyHref,
        ["services"] = Array(region.Services.Select(service => new ScriptObject
        {
            ["id"] = service.Id,
            ["name"] = service.Name,
            ["description"] = service.Description,
            ["url"] = InlineMarkup.SafeUrl(service.Url),
            ["verified"] = Date(service.Verified),
            ["contacts"] = Array(service.Contacts.Select(contact => new ScriptObject
            {
                ["kind"] = contact.Kind.ToString().ToLowerInvariant(),
                ["label"] = contact.Label,
                ["value"] = contact.Kind is CrisisContactKind.Chat or CrisisContactKind.Web ? InlineMarkup.SafeUrl(contact.Value) : contact.Value,
                ["href"] = InlineMarkup.SafeUrl(contact.Href),
            })),
        })),
    };

    private ScriptObject Link(string id, string title, string summary) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["summary"] = summary,
        ["url"] = TopicUrl(id),
    };

    private object Markup(string text) => html ? InlineMarkup.ToHtml(text) : InlineMarkup.ToPlainText(text);

    private string TopicUrl(string id) => options.TopicUrl.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    /// <summary>Script direction from the language subtag, so it works the same with or without ICU.</summary>
    private static bool IsRightToLeft(string locale)
    {
        var language = locale.Split('-')[0].ToLowerInvariant();
        return language is "ar" or "he" or "fa" or "ur" or "yi" or "ps" or "sd" or "ug" or "dv" or "ckb" or "syr";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScriptArray Array(IEnumerable<object> items) => [.. items];
}
