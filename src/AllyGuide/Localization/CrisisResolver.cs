using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Localization;

/// <summary>Puts the locale's words on the crisis registry and chooses the reader's region.</summary>
internal static class CrisisResolver
{
    private const string NoLocale = "";

    public static LocalizedCrisis Localize(GuideContent content, List<LocaleContent> layers, UiStrings ui, string? subtag, bool original)
    {
        var reader = layers[0].Locale;
        if (content.Crisis is not { } registry)
        {
            // Content with errors may lack the registry; it still resolves, with an empty fallback that rendering refuses.
            var empty = new LocalizedRegion { Id = "elsewhere", IsFallback = true };
            return new LocalizedCrisis { Region = empty, Fallback = empty, Locale = reader.Code };
        }

        // Most specific first; the last layer is the default locale, whose texts every translation follows.
        var texts = layers.Select(l => (l.Crisis, l.Locale.Code)).ToList();
        var regions = registry.Regions.Select(r => Region(r, texts, ui, original, isFallback: false)).ToList();
        var fallback = Region(registry.Fallback, texts, ui, original, isFallback: true);

        // The locale's own regions first, in its order, then every other region in the registry's order.
        var declared = reader.Regions.Select(choice => Find(regions, choice)).OfType<LocalizedRegion>().Distinct().ToList();
        var ordered = declared.Concat(regions.Where(r => !declared.Contains(r))).ToImmutableArray();

        var all = new LocalizedCrisis { Regions = ordered, Fallback = fallback, Locale = reader.Code, Region = fallback };
        var choice = subtag ?? reader.Regions.FirstOrDefault(all.IsKnownRegion);
        return new LocalizedCrisis { Regions = ordered, Fallback = fallback, Locale = reader.Code, Region = choice is null ? fallback : all.GetRegion(choice) };
    }

    private static LocalizedRegion? Find(List<LocalizedRegion> regions, string choice) =>
        regions.FirstOrDefault(r => string.Equals(r.Id, choice, StringComparison.OrdinalIgnoreCase) || r.Countries.Contains(choice, StringComparer.OrdinalIgnoreCase));

    private static LocalizedRegion Region(CrisisRegion region, List<(CrisisTexts? Texts, string Locale)> layers, UiStrings ui, bool original, bool isFallback)
    {
        var entries = Entries(layers, t => t.Regions.FirstOrDefault(r => r.Id == region.Id));
        return new LocalizedRegion
        {
            Id = region.Id,
            Name = Pick(entries, n => n.Name, n => n.Translation) ?? new LocalizedText(region.Id, NoLocale),
            Countries = region.Countries,
            Emergency = region.Emergency,
            Services = [.. region.Services.Select(s => Service(s, layers, ui, original))],
            IsFallback = isFallback,
            State = State(entries, layers, n => n.Name, _ => "", n => n.Translation, Pins.Of, original),
        };
    }

    private static LocalizedService Service(CrisisService service, List<(CrisisTexts? Texts, string Locale)> layers, UiStrings ui, bool original)
    {
        var entries = Entries(layers, t => t.Services.FirstOrDefault(s => s.Id == service.Id));
        return new LocalizedService
        {
            Id = service.Id,
            Name = NameOf(entries) ?? new LocalizedText(service.Id, NoLocale),
            Description = Pick(entries, s => s.Description, s => s.Translation) ?? LocalizedText.Empty,
            Url = service.Url,
            Verified = service.Verified,
            Hours = service.Hours,
            // A service's name is often its own, in its own language: a translation may leave it out and still be complete.
            State = State(entries, layers, s => s.Description, _ => "", s => s.Translation, Pins.Of, original),
            Contacts = [.. service.Contacts.Select(c => new LocalizedContact
            {
                Kind = c.Kind,
                Label = Label(c, entries, ui, layers),
                Value = c.Value,
                Href = c.Href,
            })],
        };
    }

    /// <summary>A service's name, in the language it is written in (its <c>name_lang</c>, else its file's locale).</summary>
    private static LocalizedText? NameOf(List<(CrisisServiceText Value, string Locale)> entries)
    {
        var name = Pick(entries, s => s.Name, s => s.Translation);
        var entry = name is null ? default : entries.FirstOrDefault(e => e.Value.Name == name.Text && e.Locale == name.Locale);
        return name is null || entry.Value?.NameLanguage is not { } language ? name : new LocalizedText(name.Text, language);
    }

    /// <summary>A service's own label for a contact where a locale words one, else the interface string for its kind, filled in.</summary>
    private static LocalizedText Label(CrisisContact contact, List<(CrisisServiceText Value, string Locale)> entries, UiStrings ui, List<(CrisisTexts? Texts, string Locale)> layers)
    {
        var key = contact.Kind switch
        {
            CrisisContactKind.Call => "contact_call",
            CrisisContactKind.Text => "contact_text",
            CrisisContactKind.Chat => "contact_chat",
            _ => "contact_web",
        };

        // The service's own label wins when it comes from a locale at least as specific as the interface string's.
        var own = Pick(entries, e => e.Labels.GetValueOrDefault(contact.Kind) ?? "", e => e.Translation);
        var general = UiFormat.Fill(ui, key, "number", contact.Value);
        var label = own is not null && Rank(own.Locale, layers) <= Rank(general.Locale, layers) ? own : general;

        // A number to call or text is always in sight, in every format: a label that does not say it gets it added.
        return contact.Kind is CrisisContactKind.Call or CrisisContactKind.Text && !label.Text.Contains(contact.Value, StringComparison.Ordinal)
            ? new LocalizedText($"{label.Text} {Direction.Isolate(contact.Value, label.Locale)}", label.Locale)
            : label;
    }

    private static int Rank(string locale, List<(CrisisTexts? Texts, string Locale)> layers)
    {
        var index = layers.FindIndex(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>The unit's entry in each locale that has one, most specific first, with that locale.</summary>
    private static List<(T Value, string Locale)> Entries<T>(List<(CrisisTexts? Texts, string Locale)> layers, Func<CrisisTexts, T?> find)
        where T : class =>
        [.. layers.Where(l => l.Texts is not null).Select(l => (Value: find(l.Texts!), l.Locale)).Where(e => e.Value is not null).Select(e => (e.Value!, e.Locale))];

    private static TranslationState State<T>(List<(T Value, string Locale)> entries, List<(CrisisTexts? Texts, string Locale)> layers,
        Func<T, string> first, Func<T, string> second, Func<T, TranslationInfo> info, Func<T, string> pin, bool original)
        where T : class
    {
        var defaultLocale = layers[^1].Locale;
        var source = entries.LastOrDefault(e => e.Locale == defaultLocale).Value;
        if (source is null)
        {
            return original ? TranslationState.Original : TranslationState.Missing;
        }

        var overlays = entries.Where(e => e.Locale != defaultLocale).Select(e => e.Value).ToList();
        return LocaleResolver.State(source, overlays, first, second, info, pin(source), original);
    }

    /// <summary>The field from the first entry (most specific locale first) that has it and is not a draft, with that entry's locale.</summary>
    private static LocalizedText? Pick<T>(List<(T Value, string Locale)> entries, Func<T, string> field, Func<T, TranslationInfo> info)
        where T : class
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var (value, locale) = entries[i];
            if (field(value).Length > 0 && (!info(value).Draft || i == entries.Count - 1))
            {
                return new LocalizedText(field(value), locale);
            }
        }

        return null;
    }
}
