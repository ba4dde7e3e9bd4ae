using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Text;
using Scriban.Runtime;

namespace AllyGuide.Rendering;

/// <summary>
/// The values templates see, in snake_case, read from the one projection every format shares (<see cref="TopicDocument"/>).
/// Every text comes with the locale it came from (<c>title_locale</c>, <c>body_locale</c>, ...), and every unit with its
/// translation <c>state</c>. In HTML mode text with inline markup is <see cref="SafeHtml"/> and every other string stays
/// a plain string that the context escapes; in text mode markup is plain text.
/// </summary>
internal sealed class TemplateModel(RendererOptions options, TemplateMode mode)
{
    private bool IsHtml => mode == TemplateMode.Html;

    public ScriptObject ForTopic(RenderRequest request)
    {
        var document = request.Document;
        var model = Common(request.Topic.Locale, document.Crisis, request.Topic.Ui, document.ContentVersion, request.Topic.CrisisTopic, request.Topic.Id, TopicUrl(request.Topic.Id));
        model["topic"] = Topic(document.Topic, request.Topic);
        if (IsHtml)
        {
            model["structured_data"] = new SafeHtml(StructuredData.ForTopic(document, Canonical(TopicUrl(request.Topic.Id), request.Topic.Locale)));
        }

        return model;
    }

    /// <summary>A page of the whole guide: the index, the crisis page, an audience's page or the language page.</summary>
    /// <param name="guide">The guide, localized.</param>
    /// <param name="page">The page's own address, for its links to the same page in other languages.</param>
    public ScriptObject ForGuide(LocalizedGuide guide, string page)
    {
        var model = Common(guide.Locale, Projection.Crisis(guide.Crisis, options.Region), guide.Ui, guide.ContentVersion.ToString(), guide.CrisisTopic, null, page);
        model["topics"] = Array(guide.Topics.Select(t => Link(t.Id, t.Title, t.Summary)));
        model["start_here"] = Array(guide.StartHere.Select(t => Link(t.Id, t.Title, t.Summary)));
        model["audiences"] = Array(guide.Audiences.Select(a => new ScriptObject
        {
            ["id"] = a,
            ["title"] = guide.Ui["audience_" + a],
            ["url"] = AudienceUrl(a),
        }));
        return model;
    }

    /// <summary>
    /// The page for one audience: the guide's model, the audience, and its topics in reading order, each with the tips
    /// written for that audience in particular (tips that narrow the topic's audience to include it).
    /// </summary>
    public ScriptObject ForAudience(LocalizedGuide guide, AudienceView view)
    {
        var model = ForGuide(guide, AudienceUrl(view.Audience));
        model["audience"] = new ScriptObject
        {
            ["id"] = view.Audience,
            ["title"] = guide.Ui["audience_" + view.Audience],
            ["url"] = AudienceUrl(view.Audience),
        };
        model["topics"] = Array(view.Topics.Select(entry =>
        {
            var link = Link(entry.Topic.Id, entry.Topic.Title, entry.Topic.Summary);
            link["tips"] = Array(entry.Tips.Where(tip => tip.Audience.Length < entry.Topic.Audience.Length).Select(tip => new ScriptObject
            {
                ["id"] = tip.Id,
                ["text"] = Markup(new RichText(tip.Text.Text, tip.Text.Locale)),
                ["text_locale"] = tip.Text.Locale,
            }));
            return link;
        }));
        return model;
    }

    /// <summary>The functions a template of this model calls: layout for text, language for both.</summary>
    public static IEnumerable<ScriptObject> Functions(RendererOptions options, TemplateMode mode, UiStrings ui, string locale)
    {
        if (mode == TemplateMode.Text)
        {
            yield return TextFunctions.Create(options.TextWidth);
        }

        yield return LanguageFunctions.Create(ui, locale, mode);
    }

    private ScriptObject Common(string locale, CrisisDocument crisis, UiStrings ui, string version, TopicLink? crisisTopic, string? topicId, string page)
    {
        // The same page in each language the host links: the switcher in the header and the alternates in the head.
        // With the page's public address known, each alternate's public address too, as search engines want them.
        var canonical = Canonical(page, locale);
        var languages = Array(options.Languages.Select(language =>
        {
            var url = options.LanguageUrl
                .Replace("{locale}", Uri.EscapeDataString(language.Code.ToLowerInvariant()), StringComparison.Ordinal)
                .Replace("{page}", page, StringComparison.Ordinal);
            return new ScriptObject
            {
                ["code"] = language.Code,
                ["name"] = language.Name,
                ["dir"] = Direction.Of(language.Code),
                ["url"] = url,
                ["current"] = string.Equals(language.Code, locale, StringComparison.OrdinalIgnoreCase),
                ["public_url"] = canonical is null ? null : new Uri(new Uri(canonical), url).AbsoluteUri,
            };
        }));

        ScriptObject? crisisLink = null;
        if (crisisTopic is not null)
        {
            crisisLink = Link(crisisTopic.Id, crisisTopic.Title, crisisTopic.Summary);
            crisisLink["here"] = crisisTopic.Id == topicId;
        }

        var strings = new ScriptObject();
        foreach (var key in UiStrings.Keys)
        {
            strings[key] = ui[key];
        }

        return new ScriptObject
        {
            ["ui"] = strings,
            ["locale"] = locale,
            ["dir"] = Direction.Of(locale),
            ["content_version"] = version,
            ["languages"] = languages,
            ["links"] = new ScriptObject
            {
                ["index"] = options.IndexUrl,
                ["crisis"] = options.CrisisUrl,
                ["stylesheet"] = options.StylesheetUrl,
                ["about"] = options.AboutUrl,
                ["search"] = options.SearchUrl,
                ["icon"] = options.AssetsUrl + "favicon.svg",
                ["search_script"] = options.AssetsUrl + "search.js",
                // The page's public address, when the host knows the site's: null otherwise.
                ["canonical"] = canonical,
                ["report"] = options.ReportUrl,
            },
            // A topic page's schema.org description (JSON-LD), already safe to place in a script element; null elsewhere.
            ["structured_data"] = null,
            ["crisis"] = new ScriptObject
            {
                ["region"] = Region(crisis.Region),
                ["fallback"] = Region(crisis.Fallback),
                // The reader's region first, so every page makes the same choice; then the rest in the locale's order.
                ["regions"] = Array(crisis.Regions.Where(r => r.Id == crisis.Region.Id).Concat(crisis.Regions.Where(r => r.Id != crisis.Region.Id)).Select(Region)),
                ["other_regions"] = Array(crisis.Regions.Where(r => r.Id != crisis.Region.Id).Select(Region)),
                // The topic on what to do, step by step: linked from the crisis box and the crisis page; null for none.
                ["topic"] = crisisLink,
            },
        };
    }

    private ScriptObject Topic(TopicContent topic, LocalizedTopic localized) => new()
    {
        ["id"] = topic.Id,
        ["title"] = topic.Title,
        ["title_locale"] = topic.Locale,
        ["summary"] = topic.Summary,
        ["summary_locale"] = topic.SummaryLocale,
        ["state"] = topic.State,
        ["url"] = TopicUrl(topic.Id),
        ["audience"] = Array(topic.Audience),
        ["reviewed"] = topic.Reviewed,
        ["next_review"] = topic.NextReview,
        ["sections"] = Array(topic.Sections.Select(Section)),
        ["related"] = Array(localized.Related.Select(r => Link(r.Id, r.Title, r.Summary))),
        ["previous"] = localized.Previous is { } previous ? Link(previous.Id, previous.Title, previous.Summary) : null,
        ["next"] = localized.Next is { } next ? Link(next.Id, next.Title, next.Summary) : null,
        ["sources"] = Array(topic.Sources.Zip(localized.Sources, (s, source) => new ScriptObject
        {
            ["id"] = s.Id,
            ["title"] = s.Title,
            ["organization"] = s.Organization,
            ["url"] = s.Url,
            ["locale"] = source.Locale,
        })),
    };

    private ScriptObject Section(SectionDocument section) => new()
    {
        ["id"] = section.Id,
        ["title"] = section.Title,
        ["title_locale"] = section.Locale,
        ["body"] = Markup(section.Body),
        ["body_locale"] = section.Body.Locale ?? section.Locale,
        ["state"] = section.State,
        ["tips"] = Array(section.Tips.Select(tip => new ScriptObject
        {
            ["id"] = tip.Id,
            ["text"] = Markup(tip.Text),
            ["text_locale"] = tip.Locale,
            ["state"] = tip.State,
            ["try_saying"] = Array(tip.TrySaying.Select(Phrase)),
            ["avoid_saying"] = Array(tip.AvoidSaying.Select(Phrase)),
        })),
    };

    private static ScriptObject Phrase(PhraseDocument phrase) => new()
    {
        ["id"] = phrase.Id,
        ["text"] = phrase.Text,
        ["text_locale"] = phrase.Locale,
        ["why"] = phrase.Why,
        ["why_locale"] = phrase.WhyLocale ?? phrase.Locale,
        ["state"] = phrase.State,
    };

    private static ScriptObject Region(RegionDocument region) => new()
    {
        ["id"] = region.Id,
        ["name"] = region.Name,
        ["name_locale"] = region.NameLocale,
        ["emergency"] = region.Emergency,
        ["emergency_href"] = region.EmergencyHref,
        ["services"] = Array(region.Services.Select(service => new ScriptObject
        {
            ["id"] = service.Id,
            ["name"] = service.Name,
            ["name_locale"] = service.NameLocale,
            ["description"] = service.Description,
            ["description_locale"] = service.DescriptionLocale,
            ["url"] = service.Url,
            ["verified"] = service.Verified,
            ["hours"] = service.Hours,
            ["contacts"] = Array(service.Contacts.Select(contact => new ScriptObject
            {
                ["kind"] = contact.Kind,
                ["label"] = contact.Label,
                ["label_locale"] = contact.LabelLocale,
                ["value"] = contact.Value,
                ["href"] = contact.Href,
            })),
        })),
    };

    private ScriptObject Link(string id, LocalizedText title, LocalizedText summary) => new()
    {
        ["id"] = id,
        ["title"] = title.Text,
        ["title_locale"] = title.Locale,
        ["summary"] = summary.Text,
        ["summary_locale"] = summary.Locale,
        ["url"] = TopicUrl(id),
    };

    private object Markup(RichText text) => IsHtml ? new SafeHtml(text.Html) : text.Text;

    /// <summary>The address of the index page, for the page that links to every language.</summary>
    public string IndexUrl => options.IndexUrl;

    /// <summary>A page's public address in a locale, when the host gave the site's (<see cref="RendererOptions.CanonicalUrl"/>).</summary>
    private string? Canonical(string page, string locale) => options.CanonicalUrl?
        .Replace("{locale}", Uri.EscapeDataString(locale.ToLowerInvariant()), StringComparison.Ordinal)
        .Replace("{page}", page, StringComparison.Ordinal);

    private string AudienceUrl(string audience) => options.AudienceUrl.Replace("{audience}", Uri.EscapeDataString(audience), StringComparison.Ordinal);

    private string TopicUrl(string id) => options.TopicUrl.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    private static ScriptArray Array<T>(IEnumerable<T> items) => [.. items.Cast<object>()];
}
