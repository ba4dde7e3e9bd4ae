using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>
/// Resolves a requested locale to a fallback chain (<c>es-MX</c> -> <c>es</c> -> default) and merges content field by
/// field: a translation may give any text of any unit, and everything it leaves out (or marks as a draft) comes from the
/// next locale in the chain, marked with its own locale. Each unit gets its translation state from its pin.
/// </summary>
internal static class LocaleResolver
{
    /// <summary>The reading order readers get: the declared order's topics that exist, each once, then any topic it leaves out, by id.</summary>
    public static ImmutableArray<string> ReadingOrder(GuideContent content)
    {
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
    public static ImmutableArray<string> StartHere(GuideContent content) =>
        [.. content.StartHere.Where(id => content.Defaults.TryGetTopic(id, out _))];

    /// <summary>The declared locales tried for <paramref name="requested"/>, most specific first, ending with the default locale.</summary>
    public static ImmutableArray<string> GetChain(GuideContent content, string? requested)
    {
        var chain = ImmutableArray.CreateBuilder<string>();
        var name = Normalize(requested) ?? content.DefaultLocale;
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

    /// <summary>The ISO 3166 region subtag of a locale code (<c>es-MX</c> gives <c>MX</c>), or null.</summary>
    public static string? RegionSubtag(string? requested)
    {
        var parts = Normalize(requested)?.Split('-') ?? [];
        return parts.Skip(1).FirstOrDefault(p => p.Length == 2 && Countries.IsCountryCode(p))?.ToUpperInvariant();
    }

    private static string? Normalize(string? locale) => string.IsNullOrWhiteSpace(locale) ? null : locale.Trim().Replace('_', '-');

    /// <summary>The guide as readers of the first locale in <paramref name="chain"/>, in the region <paramref name="subtag"/> if any, see it.</summary>
    public static LocalizedGuide Localize(GuideContent content, ImmutableArray<string> chain, string? subtag)
    {
        var layers = chain.Select(code => content.ByLocale[code]).ToList();
        var original = layers.Count == 1;
        var ui = MergeUi(layers);
        var crisis = CrisisResolver.Localize(content, layers, ui, subtag, original);
        var topics = ReadingOrder(content).Select(id => LocalizeTopic(id, layers, original)).ToList();
        var links = topics.ToDictionary(t => t.Id, t => new TopicLink { Id = t.Id, Title = t.Title, Summary = t.Summary }, StringComparer.Ordinal);

        var crisisTopic = content.CrisisTopic is { } crisisId ? links.GetValueOrDefault(crisisId) : null;
        var localized = topics.Select((t, i) => new LocalizedTopic
        {
            Previous = i > 0 ? links[topics[i - 1].Id] : null,
            Next = i < topics.Count - 1 ? links[topics[i + 1].Id] : null,
            Id = t.Id,
            Title = t.Title,
            Summary = t.Summary,
            State = t.State,
            Audience = t.Source.Audience,
            Reviewed = t.Source.Reviewed,
            NextReview = t.Source.NextReview,
            Sections = t.Sections,
            Source = t.Source,
            Locale = chain[0],
            FallbackChain = chain,
            Sources = [.. t.Source.SourceIds.Select(id => FindSource(id, layers)).OfType<Source>()],
            Related = [.. t.Source.Related.Where(links.ContainsKey).Select(id => links[id])],
            Crisis = crisis,
            CrisisTopic = crisisTopic,
            Ui = ui,
            ContentVersion = content.Version,
        }).ToImmutableArray();

        return new LocalizedGuide
        {
            Locale = chain[0],
            FallbackChain = chain,
            Topics = localized,
            StartHere = [.. StartHere(content).Select(id => links[id])],
            Audiences = [.. Model.Audiences.All.Where(a => localized.Any(t => t.Audience.Contains(a)))],
            Crisis = crisis,
            CrisisTopic = crisisTopic,
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

    /// <summary>Each string from the most specific locale that has it (drafts are not shown), remembering its locale.</summary>
    private static UiStrings MergeUi(List<LocaleContent> layers)
    {
        var values = ImmutableDictionary.CreateBuilder<string, UiString>(StringComparer.Ordinal);
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            foreach (var pair in layers[i].Ui.Values.Where(p => !p.Value.Translation.Draft || i == layers.Count - 1))
            {
                values[pair.Key] = pair.Value;
            }
        }

        return new UiStrings(values.ToImmutable());
    }

    private sealed record TopicParts(string Id, LocalizedText Title, LocalizedText Summary, TranslationState State, ImmutableArray<LocalizedSection> Sections, Topic Source);

    /// <summary>Starts from the default locale's topic, which defines the structure, and takes each field from the most specific locale that has it.</summary>
    private static TopicParts LocalizeTopic(string id, List<LocaleContent> layers, bool original)
    {
        layers[^1].TryGetTopic(id, out var source);
        var overlays = layers.Take(layers.Count - 1).Select(l => l.TryGetTopic(id, out var t) ? t : null).OfType<Topic>().ToList();
        var sections = Index(overlays.SelectMany(t => t.Sections.Select(s => (t, s))), x => x.s.Id);
        var tips = Index(overlays.SelectMany(t => t.Sections.SelectMany(s => s.Tips).Select(tip => (t, tip))), x => x.tip.Id);
        var phrases = Index(overlays.SelectMany(t => t.Sections.SelectMany(s => s.Tips).SelectMany(tip => tip.TrySaying.Concat(tip.AvoidSaying)).Select(p => (t, p))), x => x.p.Id);

        var (title, summary, topicState) = Merge2(source!, overlays, t => t.Title, t => t.Summary, t => t.Translation, Pins.Of(source!), original);
        return new TopicParts(id, title, summary, topicState, [.. source!.Sections.Select(Section)], source);

        LocalizedSection Section(Section section)
        {
            var over = sections.GetValueOrDefault(section.Id)?.Select(x => x.s).ToList() ?? [];
            var (heading, body, state) = Merge2(section, over, s => s.Title, s => s.Body, s => s.Translation, Pins.Of(section), original);
            return new LocalizedSection { Id = section.Id, Title = heading, Body = body, State = state, Tips = [.. section.Tips.Select(Tip)] };
        }

        LocalizedTip Tip(Tip tip)
        {
            var over = tips.GetValueOrDefault(tip.Id)?.Select(x => x.tip).ToList() ?? [];
            var (text, _, state) = Merge2(tip, over, t => t.Text, _ => "", t => t.Translation, Pins.Of(tip), original);
            return new LocalizedTip
            {
                Id = tip.Id,
                Text = text,
                State = state,
                Audience = tip.Audience.IsEmpty ? source.Audience : tip.Audience,
                Situations = tip.Situations,
                TrySaying = [.. tip.TrySaying.Select(p => Phrase(p, tip))],
                AvoidSaying = [.. tip.AvoidSaying.Select(p => Phrase(p, tip))],
            };
        }

        LocalizedPhrase Phrase(Phrase phrase, Tip tip)
        {
            var over = phrases.GetValueOrDefault(phrase.Id)?.Select(x => x.p).ToList() ?? [];
            var (text, why, state) = Merge2(phrase, over, p => p.Text, p => p.Why ?? "", p => p.Translation, Pins.Of(phrase), original);
            return new LocalizedPhrase
            {
                Id = phrase.Id,
                Kind = phrase.Kind,
                Text = text,
                Why = phrase.Why is null ? null : why,
                State = state,
                Situations = [.. Model.Situations.All.Where(s => tip.Situations.Contains(s) || phrase.Situations.Contains(s))],
            };
        }
    }

    /// <summary>
    /// Merges two text fields of a unit over its translations (most specific first). Each field comes from the first
    /// translation that has it and is not a draft; the state comes from the most specific translation of the unit.
    /// </summary>
    internal static (LocalizedText First, LocalizedText Second, TranslationState State) Merge2<T>(
        T source, IReadOnlyList<T> overlays, Func<T, string> first, Func<T, string> second, Func<T, TranslationInfo> info, string pin, bool original)
        where T : class
    {
        var locale = LocaleOf(source);
        var a = Pick(source, overlays, first, info, locale);
        var b = Pick(source, overlays, second, info, locale);
        return (a, b, State(source, overlays, first, second, info, pin, original));
    }

    /// <summary>A unit's translation state for the reader, from its most specific translation.</summary>
    internal static TranslationState State<T>(T source, IReadOnlyList<T> overlays, Func<T, string> first, Func<T, string> second, Func<T, TranslationInfo> info, string pin, bool original)
        where T : class
    {
        if (original)
        {
            return TranslationState.Original;
        }

        if (overlays.Count == 0)
        {
            return TranslationState.Missing;
        }

        var unit = overlays[0];
        if (info(unit).Draft)
        {
            return TranslationState.Draft;
        }

        var complete = (first(source).Length == 0 || first(unit).Length > 0) && (second(source).Length == 0 || second(unit).Length > 0);
        if (!complete)
        {
            return TranslationState.Missing;
        }

        return info(unit).Pin is { } written && !string.Equals(Pins.SourcePart(written), pin, StringComparison.Ordinal) ? TranslationState.Drifted : TranslationState.Translated;
    }

    private static LocalizedText Pick<T>(T source, IReadOnlyList<T> overlays, Func<T, string> field, Func<T, TranslationInfo> info, string sourceLocale)
        where T : class
    {
        foreach (var overlay in overlays)
        {
            if (!info(overlay).Draft && field(overlay).Length > 0)
            {
                return new LocalizedText(field(overlay), LocaleOf(overlay));
            }
        }

        return new LocalizedText(field(source), sourceLocale);
    }

    private static string LocaleOf<T>(T unit) => unit switch
    {
        Topic t => t.Locale,
        Section s => s.Locale,
        Tip t => t.Locale,
        Phrase p => p.Locale,
        _ => throw new ArgumentException("Not a unit with a locale.", nameof(unit)),
    };

    private static Dictionary<string, List<T>> Index<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryGetValue(id(item), out var list))
            {
                result[id(item)] = list = [];
            }

            list.Add(item);
        }

        return result;
    }
}
