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
    /// <summary>
    /// The reading order readers get: the declared order's topics that exist, each once, then any topic the order
    /// leaves out, by id.
    /// </summary>
    public static ImmutableArray<string> ReadingOrder(GuideContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var defaults = content.Defaults;
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in content.TopicOrder)
        {
            if (defaults.TryGetTopic(id, out _) && seen.Add(id))
            {
                order.Add(id);
            }
        }

        order.AddRange(defaults.Topics.Select(t => t.Id).Where(seen.Add).Order(StringComparer.Ordinal));
        return [.. order];
    }

    /// <summary>The start-here topics that exist, in the declared order.</summary>
    public static ImmutableArray<string> StartHere(GuideContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. content.StartHere.Where(id => content.Defaults.TryGetTopic(id, out _))];
    }

    /// <summary>The declared locales tried for <paramref name="requested"/>, most specific first, ending with the default locale.</summary>
    public static ImmutableArray<string> GetChain(GuideContent content, string? requested)
    {
        ArgumentNullException.ThrowIfNull(content);
        var chain = ImmutableArray.CreateBuilder<string>();
        var name = string.IsNullOrWhiteSpace(requested) ? content.DefaultLocale : requested.Trim().Replace('_', '-');
        while (name.Length > 0)
        {
            var declared = content.Locales.FirstOrDefault(l => string.Equals(l.Code, name, StringComparison.OrdinalIgnoreCase));
            if (declared is not null && !chain.Contains(declared.Code))
            {
                chain.Add(declared.Code);
            }

            var dash = name.LastIndexOf('-');
            name = dash > 0 ? name[..dash] : "";
        }

        if (!chain.Contains(content.DefaultLocale))
        {
            chain.Add(content.DefaultLocale);
        }

        return chain.ToImmutable();
    }

    /// <summary>The guide as readers of the first locale in <paramref name="chain"/> see it.</summary>
    public static LocalizedGuide Localize(GuideContent content, ImmutableArray<string> chain)
    {
        ArgumentNullException.ThrowIfNull(content);
        var layers = chain.Select(code => content.ByLocale[code]).ToList();
        var ui = MergeUi(layers);
        // Content with errors may lack crisis resources; it still resolves, with the fallback region's empty shell.
        var crisis = layers.Select(l => l.Crisis).FirstOrDefault(c => c is not null)
            ?? new CrisisResources { Fallback = new CrisisRegion { Id = "elsewhere", Locale = chain[^1] }, Locale = chain[^1] };
        var topics = ReadingOrder(content).Select(id => MergeTopic(id, layers)).ToList();
        var links = topics.ToDictionary(t => t.Id, t => new TopicLink { Id = t.Id, Title = t.Title, Summary = t.Summary }, StringComparer.Ordinal);

        var localized = topics.Select(topic => new LocalizedTopic
        {
            Topic = topic,
            Locale = chain[0],
            FallbackChain = chain,
            Sources = [.. topic.SourceIds.Select(id => FindSource(id, layers)).OfType<Source>()],
            Related = [.. topic.Related.Where(links.ContainsKey).Select(id => links[id])],
            Crisis = crisis,
            Ui = ui,
            ContentVersion = content.Version,
        }).ToImmutableArray();

        return new LocalizedGuide
        {
            Locale = chain[0],
            FallbackChain = chain,
            Topics = localized,
            StartHere = [.. StartHere(content).Select(id => links[id])],
            Crisis = crisis,
            Ui = ui,
            ContentVersion = content.Version,
        };
    }

    private static Source? FindSource(string id, List<LocaleContent> layers)
    {
        foreach (var layer in layers)
        {
            if (layer.TryGetSource(id, out var source))
            {
                return source;
            }
        }

        return null;
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
        layers[^1].TryGetTopic(id, out var topic);
        for (var i = layers.Count - 2; i >= 0; i--)
        {
            if (layers[i].TryGetTopic(id, out var overlay))
            {
                topic = Overlay(topic!, overlay);
            }
        }

        return topic!;
    }

    /// <summary>
    /// Lays a translation over a topic, unit by unit and matched by id. In a translation, an empty text means
    /// "not translated": the text underneath stays, with its own locale.
    /// </summary>
    private static Topic Overlay(Topic topic, Topic translation)
    {
        var sections = First(translation.Sections, s => s.Id);
        var tips = First(translation.Sections.SelectMany(s => s.Tips), t => t.Id);
        var phrases = First(tips.Values.SelectMany(t => t.TrySaying.Concat(t.AvoidSaying)), p => p.Id);

        Phrase Phrase(Phrase phrase) =>
            phrases.GetValueOrDefault(phrase.Id) is { Text.Length: > 0 } over
                ? new Phrase { Id = phrase.Id, Kind = phrase.Kind, Text = over.Text, Why = over.Why, Locale = over.Locale }
                : phrase;

        Tip Tip(Tip tip)
        {
            var over = tips.GetValueOrDefault(tip.Id) is { Text.Length: > 0 } t ? t : null;
            return new Tip
            {
                Id = tip.Id,
                Text = over?.Text ?? tip.Text,
                Locale = over?.Locale ?? tip.Locale,
                TrySaying = [.. tip.TrySaying.Select(Phrase)],
                AvoidSaying = [.. tip.AvoidSaying.Select(Phrase)],
            };
        }

        Section Section(Section section)
        {
            var over = sections.GetValueOrDefault(section.Id);
            var translated = over is not null && (over.Title.Length > 0 || over.Body.Length > 0);
            return new Section
            {
                Id = section.Id,
                Title = translated ? Pick(over!.Title, section.Title) : section.Title,
                Body = translated ? Pick(over!.Body, section.Body) : section.Body,
                Locale = translated ? over!.Locale : section.Locale,
                Tips = [.. section.Tips.Select(Tip)],
            };
        }

        var topicTranslated = translation.Title.Length > 0 || translation.Summary.Length > 0;
        return new Topic
        {
            Id = topic.Id,
            Title = Pick(translation.Title, topic.Title),
            Summary = Pick(translation.Summary, topic.Summary),
            Audience = topic.Audience,
            Reviewed = topic.Reviewed,
            NextReview = topic.NextReview,
            Related = topic.Related,
            SourceIds = topic.SourceIds,
            Locale = topicTranslated ? translation.Locale : topic.Locale,
            Sections = [.. topic.Sections.Select(Section)],
        };
    }

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(id(item), item);
        }

        return result;
    }

    private static string Pick(string translated, string fallback) => translated.Length > 0 ? translated : fallback;
}
