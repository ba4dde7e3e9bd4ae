using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;
using Scriban.Runtime;

namespace AllyGuide.Rendering;

/// <summary>
/// The values templates see, in snake_case, read from the one projection every format shares (<see cref="TopicDocument"/>).
/// In HTML mode text with inline markup is <see cref="SafeHtml"/> and every other string stays a plain string that the
/// context escapes; in text mode markup is plain text.
/// </summary>
internal sealed class TemplateModel(RendererOptions options, TemplateMode mode)
{
    private bool IsHtml => mode == TemplateMode.Html;

    public ScriptObject ForTopic(RenderRequest request)
    {
        var document = request.Document;
        var model = Common(request.Topic.Locale, document.Crisis, request.Topic.Ui, document.ContentVersion);
        model["topic"] = Topic(document.Topic);
        return model;
    }

    public ScriptObject ForGuide(LocalizedGuide guide)
    {
        var model = Common(guide.Locale, Projection.Crisis(guide.Crisis, options.Region), guide.Ui, guide.ContentVersion.ToString());
        model["topics"] = Array(guide.Topics.Select(t => Link(t.Topic.Id, t.Topic.Title, t.Topic.Summary)));
        model["start_here"] = Array(guide.StartHere.Select(t => Link(t.Id, t.Title, t.Summary)));
        return model;
    }

    private ScriptObject Common(string locale, CrisisDocument crisis, UiStrings ui, string version)
    {
        var strings = new ScriptObject();
        foreach (var key in UiStrings.Keys)
        {
            strings[key] = ui[key];
        }

        return new ScriptObject
        {
            ["ui"] = strings,
            ["locale"] = locale,
            ["dir"] = IsRightToLeft(locale) ? "rtl" : "ltr",
            ["content_version"] = version,
            ["links"] = new ScriptObject
            {
                ["index"] = options.IndexUrl,
                ["crisis"] = options.CrisisUrl,
                ["stylesheet"] = options.StylesheetUrl,
            },
            ["crisis"] = new ScriptObject
            {
                ["region"] = Region(crisis.Region),
                ["fallback"] = Region(crisis.Fallback),
                ["regions"] = Array(crisis.Regions.Select(Region)),
                ["other_regions"] = Array(crisis.Regions.Where(r => r.Id != crisis.Region.Id).Select(Region)),
            },
        };
    }

    private ScriptObject Topic(TopicContent topic) => new()
    {
        ["id"] = topic.Id,
        ["title"] = topic.Title,
        ["summary"] = topic.Summary,
        ["locale"] = topic.Locale,
        ["url"] = TopicUrl(topic.Id),
        ["audience"] = Array(topic.Audience),
        ["reviewed"] = topic.Reviewed,
        ["next_review"] = topic.NextReview,
        ["sections"] = Array(topic.Sections.Select(Section)),
        ["related"] = Array(topic.Related.Select(r => Link(r.Id, r.Title, r.Summary))),
        ["sources"] = Array(topic.Sources.Select(s => new ScriptObject
        {
            ["id"] = s.Id,
            ["title"] = s.Title,
            ["organization"] = s.Organization,
            ["url"] = s.Url,
        })),
    };

    private ScriptObject Section(SectionDocument section) => new()
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

    private static ScriptObject Phrase(PhraseDocument phrase) => new()
    {
        ["id"] = phrase.Id,
        ["text"] = phrase.Text,
        ["why"] = phrase.Why,
        ["locale"] = phrase.Locale,
    };

    private static ScriptObject Region(RegionDocument region) => new()
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
            ["url"] = service.Url,
            ["verified"] = service.Verified,
            ["contacts"] = Array(service.Contacts.Select(contact => new ScriptObject
            {
                ["kind"] = contact.Kind,
                ["label"] = contact.Label,
                ["value"] = contact.Value,
                ["href"] = contact.Href,
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

    private object Markup(RichText text) => IsHtml ? new SafeHtml(text.Html) : text.Text;

    private string TopicUrl(string id) => options.TopicUrl.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    /// <summary>Script direction from the language subtag, so it works the same with or without ICU.</summary>
    private static bool IsRightToLeft(string locale)
    {
        var language = locale.Split('-')[0].ToLowerInvariant();
        return language is "ar" or "he" or "fa" or "ur" or "yi" or "ps" or "sd" or "ug" or "dv" or "ckb" or "syr";
    }

    private static ScriptArray Array<T>(IEnumerable<T> items) => [.. items.Cast<object>()];
}
