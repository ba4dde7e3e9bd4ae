using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>
/// Resolves a requested locale to a fallback chain (<c>es-MX</c> -> <c>es</c> -> default) and merges content unit by unit:
/// a translation may override any topic, section, tip, phrase, source or string by id, and everything it leaves out
/// comes from the next locale in the chain.
/// </summary>
internal static class LocaleResolver
{
    public static ImmutableArray<string> GetChain(Guide guide, string? requested)
    {
        var chain = ImmutableArray.CreateBuilder<string>();
        var name = string.IsNullOrWhiteSpace(requested) ? guide.DefaultLocale : requested.Trim().Replace('_', '-');
        while (name.Length > 0)
        {
            var declared = guide.Locales.FirstOrDefault(l => string.Equals(l.Code, name, StringComparison.OrdinalIgnoreCase));
            if (declared is not null && !chain.Contains(declared.Code))
            {
                chain.Add(declared.Code);
            }

            var dash = name.LastIndexOf('-');
            name = dash > 0 ? name[..dash] : "";
        }

        if (!chain.Contains(guide.DefaultLocale))
        {
            chain.Add(guide.DefaultLocale);
        }

        return chain.ToImmutable();
    }

    public static LocalizedGuide Localize(Guide guide, ImmutableArray<string> chain)
    {
        var layers = chain.Select(code => guide.Content[code]).ToList();
        var ui = MergeUi(layers);
        // Content with errors may lack crisis resources; it still renders, with the fallback region's empty shell.
        var crisis = layers.Select(l => l.Crisis).FirstOrDefault(c => c is not null)
            ?? new CrisisResources("", [], new CrisisRegion("elsewhere", "", [], null, [], chain[^1]), chain[^1]);
        var topics = guide.TopicOrder.Select(id => MergeTopic(id, layers)).ToList();
        var links = topics.ToDictionary(t => t.Id, t => new TopicLink(t.Id, t.Title, t.Summary), StringComparer.Ordinal);

        var localized = topics.Select(topic => new LocalizedTopic(
            topic,
            chain[0],
            chain,
            [.. topic.SourceIds.Select(id => layers.Select(l => l.Sources.GetValueOrDefault(id)).FirstOrDefault(s => s is not null)).OfType<Source>()],
            [.. topic.Related.Where(links.ContainsKey).Select(id => links[id])],
            crisis,
            ui,
            guide.Version)).ToImmutableArray();

        return new LocalizedGuide(chain[0], chain, localized, [.. guide.StartHere.Select(id => links[id])], crisis, ui, guide.Version);
    }

    private static UiStrings MergeUi(List<LocaleContent> layers)
    {
        var values = ImmutableDictionary.CreateBuilder<string, LocalizedString>(StringComparer.Ordinal);
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            foreach (var pair in layers[i].Ui.Values)
            {
                values[pair.Key] = pair.Value;
            }
        }

        return new UiStrings(values.ToImmutable());
    }

    /// <summary>Starts from the default locale's topic (which defines the structure) and overlays each more specific locale.</summary>
    private static Topic MergeTopic(string id, List<LocaleContent> layers)
    {
        var topic = layers[^1].Topics[id];
        for (var i = layers.Count - 2; i >= 0; i--)
        {
            if (layers[i].Topics.TryGetValue(id, out var overlay))
            {
                topic = Overlay(topic, overlay);
            }
        }

        return topic;
    }

    /// <summary>
    /// Lays a translation over a topic, unit by unit and matched by id. In a translation, an empty text means
    /// "not translated": the text underneath stays, with its own locale.
    /// </summary>
    private static Topic Overlay(Topic topic, Topic translation)
    {
        var sections = translation.Sections.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var tips = translation.Sections.SelectMany(s => s.Tips).GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var phrases = tips.Values.SelectMany(t => t.TrySaying.Concat(t.AvoidSaying)).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        Phrase Phrase(Phrase phrase) =>
            phrases.GetValueOrDefault(phrase.Id) is { Text.Length: > 0 } over ? phrase with { Text = over.Text, Why = over.Why, Locale = over.Locale } : phrase;

        Tip Tip(Tip tip)
        {
            var merged = tips.GetValueOrDefault(tip.Id) is { Text.Length: > 0 } over ? tip with { Text = over.Text, Locale = over.Locale } : tip;
            return merged with { TrySaying = [.. tip.TrySaying.Select(Phrase)], AvoidSaying = [.. tip.AvoidSaying.Select(Phrase)] };
        }

        Section Section(Section section)
        {
            var over = sections.GetValueOrDefault(section.Id);
            var merged = over is null || (over.Title.Length == 0 && over.Body.Length == 0)
                ? section
                : section with { Title = Pick(over.Title, section.Title), Body = Pick(over.Body, section.Body), Locale = over.Locale };
            return merged with { Tips = [.. section.Tips.Select(Tip)] };
        }

        var translated = translation.Title.Length > 0 || translation.Summary.Length > 0;
        return topic with
        {
            Title = Pick(translation.Title, topic.Title),
            Summary = Pick(translation.Summary, topic.Summary),
            Locale = translated ? translation.Locale : topic.Locale,
            Sections = [.. topic.Sections.Select(Section)],
        };
    }

    private static string Pick(string translated, string fallback) => translated.Length > 0 ? translated : fallback;
}
