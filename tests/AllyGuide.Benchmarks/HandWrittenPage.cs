using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Rendering;
using AllyGuide.Text;

namespace AllyGuide.Benchmarks;

/// <summary>
/// A topic's HTML page written by hand into a <see cref="StringBuilder"/>: the baseline the template engine is
/// measured against. It starts where the templates start (the projection every format shares) and uses the same
/// escaping and language helpers, so the difference is the template engine alone. <see cref="BaselineBenchmarks"/>
/// checks that it writes every topic's page, in every locale, byte for byte as the shipped templates do.
/// </summary>
internal sealed class HandWrittenPage(RendererOptions options)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _out = new(32 * 1024);
    private string _locale = "";
    private UiStrings _ui = null!;

    public string Write(LocalizedTopic topic)
    {
        var document = Projection.Topic(topic, options.Region);
        var content = document.Topic;
        _locale = topic.Locale;
        _ui = topic.Ui;
        _out.Clear();

        var page = TopicUrl(topic.Id);
        var canonical = Canonical(page, _locale);
        Head(content.Title + " | " + _ui["site_title"], content.Summary, page, canonical,
            StructuredData.ForTopic(document, canonical), document.ContentVersion);
        _out.Append("\n<main id=\"main\">\n");

        _out.Append("<article class=\"allyguide-topic\" lang=\"").Append(Encode(_locale)).Append("\" dir=\"").Append(Direction.Of(_locale))
            .Append("\" data-topic=\"").Append(Encode(content.Id)).Append("\" data-content-version=\"").Append(Encode(document.ContentVersion)).Append("\">\n");
        _out.Append("<header class=\"topic-header\">\n");
        _out.Append("<h1").Append(Lang(content.Locale)).Append('>').Append(Encode(content.Title)).Append("</h1>\n");
        _out.Append("<p class=\"topic-summary\"").Append(Lang(content.SummaryLocale)).Append('>').Append(Encode(content.Summary)).Append("</p>\n");
        if (content.State == "drifted")
        {
            _out.Append("<p class=\"notice notice-drifted\">").Append(Tr("drifted_notice")).Append("</p>\n");
        }

        _out.Append("</header>\n");
        CrisisCallout(document.Crisis, topic.CrisisTopic, topic.Id);
        _out.Append('\n');

        if (content.Sections.Count > 1)
        {
            _out.Append("<nav class=\"topic-contents\" aria-labelledby=\"ag-contents\">\n<details>\n<summary id=\"ag-contents\">").Append(Tr("on_this_page")).Append("</summary>\n<ol>\n");
            foreach (var section in content.Sections)
            {
                _out.Append("<li><a href=\"#").Append(Encode(section.Id)).Append('"').Append(Lang(section.Locale)).Append('>').Append(Encode(section.Title)).Append("</a></li>\n");
            }

            _out.Append("</ol>\n</details>\n</nav>\n");
        }

        foreach (var section in content.Sections)
        {
            Section(section);
        }

        Pager(topic);
        if (topic.Related.Length > 0)
        {
            _out.Append("<nav class=\"topic-related\" aria-labelledby=\"ag-related\">\n<h2 id=\"ag-related\">").Append(Tr("related_topics")).Append("</h2>\n<ul>\n");
            foreach (var link in topic.Related)
            {
                _out.Append("<li><a href=\"").Append(Encode(TopicUrl(link.Id))).Append('"').Append(Lang(link.Title.Locale)).Append('>').Append(Encode(link.Title.Text)).Append("</a></li>\n");
            }

            _out.Append("</ul>\n</nav>\n");
        }

        _out.Append("<footer class=\"topic-footer\">\n<h2>").Append(Tr("sources")).Append("</h2>\n<ul class=\"sources\">\n");
        for (var i = 0; i < content.Sources.Count; i++)
        {
            var source = content.Sources[i];
            var locale = topic.Sources[i].Locale;
            var link = $"<a href=\"{Encode(source.Url)}\">{Encode(source.Title)}</a>, {Encode(source.Organization)}";
            _out.Append(locale == _locale ? $"<li>{link}</li>\n" : $"<li><span{Lang(locale)}>{link}</span></li>\n");
        }

        _out.Append("</ul>\n<p class=\"topic-dates\">")
            .Append(Tr("reviewed", ("date", Time(content.Reviewed)))).Append(". ")
            .Append(Tr("next_review", ("date", Time(content.NextReview)))).Append(". ")
            .Append(Tr("content_version", ("version", Encode(document.ContentVersion)))).Append(".</p>\n");
        _out.Append("<p class=\"topic-license\">").Append(Tr("license_line"))
            .Append(" <a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\" hreflang=\"en\">CC BY 4.0</a>.</p>\n");
        _out.Append("</footer>\n</article>\n\n</main>\n");
        _out.Append("<footer class=\"site-footer\">\n<p><a href=\"").Append(Encode(options.AboutUrl)).Append("\">").Append(Tr("about_title")).Append("</a> · ")
            .Append(Tr("content_version", ("version", Encode(document.ContentVersion)))).Append("</p>\n</footer>\n</body>\n</html>\n\n");
        return _out.ToString();
    }

    private void Head(string title, string description, string page, string? canonical, string structuredData, string version)
    {
        _out.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(_locale)).Append("\" dir=\"").Append(Direction.Of(_locale)).Append("\">\n<head>\n");
        _out.Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        _out.Append("<meta name=\"generator\" content=\"AllyGuide ").Append(Encode(version)).Append("\">\n");
        _out.Append("<title>").Append(Encode(title)).Append("</title>\n");
        if (description.Length > 0)
        {
            _out.Append("<meta name=\"description\" content=\"").Append(Encode(description)).Append("\">\n");
        }

        _out.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(options.StylesheetUrl)).Append("\">\n");
        _out.Append("<link rel=\"icon\" href=\"").Append(Encode(options.AssetsUrl + "favicon.svg")).Append("\" type=\"image/svg+xml\">\n");
        if (canonical is not null)
        {
            _out.Append("<link rel=\"canonical\" href=\"").Append(Encode(canonical)).Append("\">\n");
        }

        var languages = options.Languages.Select(language =>
        {
            var url = options.LanguageUrl
                .Replace("{locale}", Uri.EscapeDataString(language.Code.ToLowerInvariant()), StringComparison.Ordinal)
                .Replace("{page}", page, StringComparison.Ordinal);
            return (language.Code, language.Name, Url: url, Public: canonical is null ? url : new Uri(new Uri(canonical), url).AbsoluteUri);
        }).ToList();
        foreach (var language in languages)
        {
            _out.Append("<link rel=\"alternate\" hreflang=\"").Append(Encode(language.Code)).Append("\" href=\"").Append(Encode(language.Public)).Append("\">\n");
        }

        if (languages.Count > 0)
        {
            _out.Append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(Encode(languages[0].Public)).Append("\">\n");
        }

        var siteTitle = Encode(_ui["site_title"]);
        _out.Append("<meta property=\"og:site_name\" content=\"").Append(siteTitle).Append("\">\n");
        _out.Append("<meta property=\"og:title\" content=\"").Append(Encode(title)).Append("\">\n");
        if (description.Length > 0)
        {
            _out.Append("<meta property=\"og:description\" content=\"").Append(Encode(description)).Append("\">\n");
        }

        _out.Append("<meta property=\"og:type\" content=\"article\">\n");
        _out.Append("<meta property=\"og:locale\" content=\"").Append(Encode(_locale.Replace('-', '_'))).Append("\">\n");
        if (canonical is not null)
        {
            _out.Append("<meta property=\"og:url\" content=\"").Append(Encode(canonical)).Append("\">\n");
        }

        _out.Append("<script type=\"application/ld+json\">").Append(structuredData).Append("</script>\n");
        _out.Append("</head>\n<body>\n");
        _out.Append("<a class=\"skip-link\" href=\"#main\">").Append(Tr("skip_to_content")).Append("</a>\n");
        _out.Append("<header class=\"site-header\">\n");
        _out.Append("<a class=\"site-title\" href=\"").Append(Encode(options.IndexUrl)).Append("\">").Append(Tr("site_title")).Append("</a>\n");
        _out.Append("<nav aria-label=\"").Append(siteTitle).Append("\">\n");
        _out.Append("<a href=\"").Append(Encode(options.IndexUrl)).Append("\">").Append(Tr("all_topics")).Append("</a>\n");
        _out.Append("<a href=\"").Append(Encode(options.SearchUrl)).Append("\">").Append(Tr("search")).Append("</a>\n");
        _out.Append("<a class=\"crisis-link\" href=\"").Append(Encode(options.CrisisUrl)).Append("\">").Append(Tr("crisis_page_title")).Append("</a>\n");
        _out.Append("</nav>\n");
        if (languages.Count > 1)
        {
            _out.Append("<nav class=\"languages\" aria-label=\"").Append(Encode(_ui["languages"])).Append("\">\n<ul>\n");
            foreach (var language in languages)
            {
                var current = string.Equals(language.Code, _locale, StringComparison.OrdinalIgnoreCase) ? " aria-current=\"page\"" : "";
                _out.Append("<li><a href=\"").Append(Encode(language.Url)).Append("\" hreflang=\"").Append(Encode(language.Code)).Append("\" lang=\"").Append(Encode(language.Code))
                    .Append("\" dir=\"").Append(Direction.Of(language.Code)).Append('"').Append(current).Append('>').Append(Encode(language.Name)).Append("</a></li>\n");
            }

            _out.Append("</ul>\n</nav>\n");
        }

        _out.Append("</header>\n");
    }

    private void CrisisCallout(CrisisDocument crisis, TopicLink? crisisTopic, string topicId)
    {
        _out.Append("<aside class=\"crisis-callout\" aria-labelledby=\"ag-crisis-heading\">\n");
        _out.Append("<h2 id=\"ag-crisis-heading\">").Append(Tr("crisis_heading")).Append("</h2>\n");
        _out.Append("<p>").Append(Tr("crisis_intro")).Append("</p>\n");
        if (crisisTopic is not null && crisisTopic.Id != topicId)
        {
            _out.Append("<p class=\"crisis-steps\"><a href=\"").Append(Encode(TopicUrl(crisisTopic.Id))).Append('"').Append(Lang(crisisTopic.Title.Locale)).Append('>')
                .Append(Encode(crisisTopic.Title.Text)).Append("</a>: ").Append(Tr("crisis_steps")).Append("</p>\n");
        }

        var region = crisis.Region;
        _out.Append("<ul class=\"crisis-services\">\n");
        foreach (var service in region.Services)
        {
            _out.Append("<li><strong").Append(Lang(service.NameLocale)).Append('>').Append(Encode(service.Name)).Append("</strong>\n");
            foreach (var contact in service.Contacts)
            {
                _out.Append(" <a class=\"crisis-contact crisis-").Append(Encode(contact.Kind)).Append("\" href=\"").Append(Encode(contact.Href)).Append('"')
                    .Append(Lang(contact.LabelLocale)).Append('>').Append(Encode(contact.Label)).Append("</a>\n");
            }

            _out.Append("</li>\n");
        }

        if (!string.IsNullOrEmpty(region.Emergency))
        {
            var number = SafeMarkup.Link(region.EmergencyHref, region.Emergency, "crisis-contact crisis-call").Html;
            _out.Append("<li>").Append(Tr("crisis_emergency", ("number", number))).Append("</li>\n");
        }

        _out.Append("</ul>\n");
        if (region.Id == crisis.Fallback.Id)
        {
            foreach (var service in region.Services)
            {
                _out.Append("<p>").Append(Marked(Encode(service.Description), service.DescriptionLocale, block: false)).Append("</p>\n");
            }
        }
        else
        {
            _out.Append("<p>").Append(Tr("crisis_elsewhere")).Append('\n');
            foreach (var service in crisis.Fallback.Services)
            {
                _out.Append(" <a href=\"").Append(Encode(service.Url)).Append('"').Append(Lang(service.NameLocale)).Append('>').Append(Encode(service.Name)).Append("</a>.\n");
            }

            _out.Append("</p>\n");
        }

        var others = crisis.Regions.Where(r => r.Id != region.Id).ToList();
        if (others.Count > 0)
        {
            _out.Append("<div class=\"crisis-others\">\n<p><a href=\"").Append(Encode(options.CrisisUrl)).Append("\">").Append(Tr("crisis_more")).Append("</a></p>\n<ul>\n");
            foreach (var other in others)
            {
                _out.Append("<li><a href=\"").Append(Encode(options.CrisisUrl)).Append("#region-").Append(Encode(other.Id)).Append('"').Append(Lang(other.NameLocale)).Append('>')
                    .Append(Encode(other.Name)).Append("</a></li>\n");
            }

            _out.Append("</ul>\n</div>\n");
        }
        else
        {
            _out.Append("<p><a href=\"").Append(Encode(options.CrisisUrl)).Append("\">").Append(Tr("crisis_more")).Append("</a></p>\n");
        }

        _out.Append("</aside>\n");
    }

    private void Section(SectionDocument section)
    {
        _out.Append("<section class=\"topic-section\" id=\"").Append(Encode(section.Id)).Append("\" aria-labelledby=\"").Append(Encode(section.Id)).Append("-title\">\n");
        _out.Append("<h2 id=\"").Append(Encode(section.Id)).Append("-title\"").Append(Lang(section.Locale)).Append('>').Append(Encode(section.Title)).Append("</h2>\n");
        if (section.State == "drifted")
        {
            _out.Append("<p class=\"notice notice-drifted\">").Append(Tr("drifted_notice")).Append("</p>\n");
        }
        else if (section.State is "missing" or "draft")
        {
            _out.Append("<p class=\"notice notice-untranslated\">").Append(Tr("untranslated_notice")).Append("</p>\n");
        }

        _out.Append(Marked(section.Body.Html, section.Body.Locale ?? section.Locale, block: true)).Append('\n');
        if (section.Tips.Count > 0)
        {
            _out.Append("<ul class=\"tips\">\n");
            foreach (var tip in section.Tips)
            {
                _out.Append("<li class=\"tip\" id=\"tip-").Append(Encode(tip.Id)).Append("\">\n");
                _out.Append(Marked(tip.Text.Html, tip.Locale, block: true)).Append('\n');
                Phrases(tip, tip.TrySaying, "try", "✓", "try_saying");
                Phrases(tip, tip.AvoidSaying, "avoid", "✗", "avoid_saying");
                _out.Append("</li>\n");
            }

            _out.Append("</ul>\n");
        }

        _out.Append("</section>\n");
    }

    private void Phrases(TipDocument tip, IReadOnlyList<PhraseDocument> phrases, string kind, string mark, string label)
    {
        if (phrases.Count == 0)
        {
            return;
        }

        var id = "tip-" + Encode(tip.Id) + "-" + kind;
        _out.Append("<div class=\"phrases phrases-").Append(kind).Append("\">\n");
        _out.Append("<p class=\"phrases-label\" id=\"").Append(id).Append("\"><span class=\"mark\" aria-hidden=\"true\">").Append(mark).Append("</span> ").Append(Tr(label)).Append("</p>\n");
        _out.Append("<ul aria-labelledby=\"").Append(id).Append("\">\n");
        foreach (var phrase in phrases)
        {
            _out.Append("<li id=\"phrase-").Append(Encode(phrase.Id)).Append("\"><q").Append(Lang(phrase.Locale)).Append('>').Append(Encode(phrase.Text)).Append("</q>");
            if (kind == "avoid" && !string.IsNullOrEmpty(phrase.Why))
            {
                _out.Append(" <span class=\"why\"").Append(Lang(phrase.WhyLocale ?? phrase.Locale)).Append('>').Append(Encode(phrase.Why)).Append("</span>");
            }

            _out.Append("</li>\n");
        }

        _out.Append("</ul>\n</div>\n");
    }

    private void Pager(LocalizedTopic topic)
    {
        if (topic.Previous is null && topic.Next is null)
        {
            return;
        }

        _out.Append("<nav class=\"topic-pager\" aria-label=\"").Append(Encode(_ui["reading_order"])).Append("\">\n");
        if (topic.Previous is { } previous)
        {
            _out.Append("<a class=\"pager-previous\" rel=\"prev\" href=\"").Append(Encode(TopicUrl(previous.Id))).Append("\"><span class=\"pager-label\">").Append(Tr("previous_topic"))
                .Append("</span> <span").Append(Lang(previous.Title.Locale)).Append('>').Append(Encode(previous.Title.Text)).Append("</span></a>\n");
        }

        if (topic.Next is { } next)
        {
            _out.Append("<a class=\"pager-next\" rel=\"next\" href=\"").Append(Encode(TopicUrl(next.Id))).Append("\"><span class=\"pager-label\">").Append(Tr("next_topic"))
                .Append("</span> <span").Append(Lang(next.Title.Locale)).Append('>').Append(Encode(next.Title.Text)).Append("</span></a>\n");
        }

        _out.Append("</nav>\n");
    }

    /// <summary>An interface string, its placeholders filled with HTML given here, marked with its language when not the page's.</summary>
    private string Tr(string key, params (string Name, string Html)[] values)
    {
        var value = _ui.Values[key];
        var text = new StringBuilder();
        foreach (var part in UiPattern.Split(UiFormat.Pattern(value, null)))
        {
            text.Append(part.IsPlaceholder ? Direction.Isolate(values.First(v => v.Name == part.Text).Html, value.Locale) : Encode(part.Text));
        }

        var attributes = LanguageFunctions.Attributes(value.Locale, _locale);
        return attributes.Length == 0 ? text.ToString() : $"<span{attributes}>{text}</span>";
    }

    private string Time(string iso) =>
        SafeMarkup.Time(iso, DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Dates.Format(date, _locale) : iso).Html;

    private string Marked(string html, string locale, bool block)
    {
        var attributes = LanguageFunctions.Attributes(locale, _locale);
        return attributes.Length == 0 ? html : block ? $"<div{attributes}>\n{html}\n</div>" : $"<span{attributes}>{html}</span>";
    }

    private string Lang(string? locale) => LanguageFunctions.Attributes(locale ?? "", _locale);

    private string TopicUrl(string id) => options.TopicUrl.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal);

    private string? Canonical(string page, string locale) => options.CanonicalUrl?
        .Replace("{locale}", Uri.EscapeDataString(locale.ToLowerInvariant()), StringComparison.Ordinal)
        .Replace("{page}", page, StringComparison.Ordinal);

    private static string Encode(string? text) => text is null ? "" : Html.Encode(text);
}
