using System.Text;
using AllyGuide.Loading;
using AllyGuide.Localization;

namespace AllyGuide.Benchmarks;

/// <summary>
/// Writes a Hugo project holding the same pages as <c>allyguide build</c> makes from a content folder, for a
/// side-by-side build: per locale, an index listing every topic with its summary and one page per topic with its
/// summary, the crisis box of the locale's region, every section with its text and tips, the phrases to try and
/// to avoid, related topics, sources and review dates. The text is the same (written as Markdown, which Hugo
/// renders, as allyguide renders its inline markup). Hugo's extras that allyguide does not make are turned off:
/// taxonomies, RSS, sitemap, robots.txt, aliases.
/// </summary>
public static class HugoSite
{
    public static int Write(string contentDirectory, string hugoDirectory)
    {
        var guide = Guide.Load(ContentSource.FromDirectory(contentDirectory), LoadOptions.Default with { EditorialLints = false });
        Directory.CreateDirectory(hugoDirectory);
        var config = new StringBuilder();
        config.Append("baseURL = \"/\"\nrelativeURLs = true\nuglyURLs = true\ndefaultContentLanguage = \"")
            .Append(guide.DefaultLocale).Append("\"\ndefaultContentLanguageInSubdir = true\n")
            .Append("disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\"]\ndisableAliases = true\n")
            .Append("[markup.goldmark.renderer]\nunsafe = false\n[languages]\n");
        var pages = 0;
        foreach (var (locale, weight) in guide.Locales.Select((l, i) => (l, i + 1)))
        {
            config.Append("[languages.").Append(locale.Code).Append("]\nweight = ").Append(weight)
                .Append("\nlanguageName = \"").Append(locale.Name).Append("\"\ncontentDir = \"content/").Append(locale.Code).Append("\"\n");
            var localized = guide.Localize(locale.Code);
            var folder = Directory.CreateDirectory(Path.Combine(hugoDirectory, "content", locale.Code)).FullName;
            File.WriteAllText(Path.Combine(folder, "_index.md"), "---\ntitle: " + Quote(localized.Ui["site_title"]) + "\n---\n");
            foreach (var (topic, order) in localized.Topics.Select((t, i) => (t, i + 1)))
            {
                File.WriteAllText(Path.Combine(folder, topic.Id + ".md"), Page(topic, order));
                pages++;
            }
        }

        File.WriteAllText(Path.Combine(hugoDirectory, "hugo.toml"), config.ToString());
        var layouts = Directory.CreateDirectory(Path.Combine(hugoDirectory, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="{{ .Site.Language.Lang }}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }}</title><meta name="description" content="{{ .Params.summary }}"></head>
            <body><header><a href="{{ "" | relLangURL }}">{{ .Site.Home.Title }}</a>
            <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
            <aside class="crisis"><h2>{{ .Params.crisis_region }}</h2><ul>{{ range .Params.crisis }}<li>{{ . }}</li>{{ end }}</ul></aside>
            {{ .Content }}
            <p>{{ .Params.reviewed }} · {{ .Params.next_review }}</p>{{ end }}
            """);
        File.WriteAllText(Path.Combine(hugoDirectory, "layouts", "index.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
            """);
        return pages;
    }

    private static string Page(LocalizedTopic topic, int order)
    {
        var page = new StringBuilder("---\n");
        page.Append("title: ").Append(Quote(topic.Title.Text)).Append('\n')
            .Append("weight: ").Append(order).Append('\n')
            .Append("summary: ").Append(Quote(topic.Summary.Text)).Append('\n')
            .Append("reviewed: ").Append(topic.Reviewed.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append("next_review: ").Append(topic.NextReview.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append("crisis_region: ").Append(Quote(topic.Crisis.Region.Name.Text)).Append('\n')
            .Append("crisis:\n");
        foreach (var service in topic.Crisis.Region.Services)
        {
            page.Append("  - ").Append(Quote(service.Name.Text + ": " + string.Join(", ", service.Contacts.Select(c => c.Label.Text + " " + c.Value)))).Append('\n');
        }

        page.Append("---\n\n");
        foreach (var section in topic.Sections)
        {
            page.Append("## ").Append(section.Title.Text).Append("\n\n").Append(section.Body.Text).Append("\n\n");
            foreach (var tip in section.Tips)
            {
                page.Append("- ").Append(tip.Text.Text.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
                foreach (var phrase in tip.TrySaying)
                {
                    page.Append("  - ✓ ").Append(phrase.Text.Text).Append('\n');
                }

                foreach (var phrase in tip.AvoidSaying)
                {
                    page.Append("  - ✗ ").Append(phrase.Text.Text).Append(' ').Append(phrase.Why?.Text).Append('\n');
                }
            }

            page.Append('\n');
        }

        page.Append("## Related\n\n");
        foreach (var related in topic.Related)
        {
            page.Append("- [").Append(related.Title.Text).Append("](").Append(related.Id).Append(".html)\n");
        }

        page.Append("\n## Sources\n\n");
        foreach (var source in topic.Sources)
        {
            page.Append("- [").Append(source.Title).Append("](").Append(source.Url).Append("), ").Append(source.Organization).Append('\n');
        }

        return page.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
