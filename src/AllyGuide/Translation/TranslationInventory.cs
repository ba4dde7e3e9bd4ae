using System.Collections.Immutable;
using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide.Translation;

/// <summary>Every unit a locale translates, in the default locale's order, with its state as the locale's readers get it.</summary>
internal static class TranslationInventory
{
    public static ImmutableArray<TranslationUnit> For(ContentLoadResult loaded, GuideContent content, string locale)
    {
        var map = loaded.SourceMap;
        var chain = LocaleResolver.GetChain(content, locale);
        var layers = chain.Take(chain.Length - 1).Select(code => content.ByLocale[code]).ToList();
        var own = content.ByLocale[locale];
        var defaults = content.Defaults;
        var units = ImmutableArray.CreateBuilder<TranslationUnit>();

        foreach (var id in LocaleResolver.ReadingOrder(content))
        {
            defaults.TryGetTopic(id, out var topic);
            var overlays = layers.Select(l => (Layer: l, Topic: l.TryGetTopic(id, out var t) ? t : null)).Where(x => x.Topic is not null).ToList();
            var file = $"{locale}/topics/{id}.yaml";
            units.Add(Unit($"topic:{id}", TranslationUnitKind.Topic, file, topic!, overlays.Select(o => (o.Layer, (Topic)o.Topic!)).ToList(),
                [("title", t => t.Title), ("summary", t => t.Summary)], t => t.Translation, Pins.Of, own, defaults, map));
            foreach (var section in topic!.Sections)
            {
                var over = overlays.Select(o => (o.Layer, Unit: o.Topic!.Sections.FirstOrDefault(s => s.Id == section.Id))).Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
                units.Add(Unit($"topic:{id}:section:{section.Id}", TranslationUnitKind.Section, file, section, over,
                    [("title", s => s.Title), ("body", s => s.Body)], s => s.Translation, Pins.Of, own, defaults, map));
                foreach (var tip in section.Tips)
                {
                    var tips = overlays.Select(o => (o.Layer, Unit: o.Topic!.Sections.SelectMany(s => s.Tips).FirstOrDefault(t => t.Id == tip.Id))).Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
                    units.Add(Unit($"topic:{id}:tip:{tip.Id}", TranslationUnitKind.Tip, file, tip, tips, [("text", t => t.Text)], t => t.Translation, Pins.Of, own, defaults, map));
                    foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                    {
                        var phrases = overlays.Select(o => (o.Layer, Unit: o.Topic!.Sections.SelectMany(s => s.Tips).SelectMany(t => t.TrySaying.Concat(t.AvoidSaying)).FirstOrDefault(p => p.Id == phrase.Id)))
                            .Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
                        (string, Func<Phrase, string>)[] fields = phrase.Kind == PhraseKind.AvoidSaying ? [("text", p => p.Text), ("why", p => p.Why ?? "")] : [("text", p => p.Text)];
                        units.Add(Unit($"topic:{id}:phrase:{phrase.Id}", TranslationUnitKind.Phrase, file, phrase, phrases, fields, p => p.Translation, Pins.Of, own, defaults, map));
                    }
                }
            }
        }

        foreach (var key in UiStrings.Keys)
        {
            if (!defaults.Ui.Values.TryGetValue(key, out var source))
            {
                continue;
            }

            var over = layers.Select(l => (Layer: l, Unit: l.Ui.Values.GetValueOrDefault(key))).Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
            (string, Func<UiString, string>)[] fields = source.Forms.Count > 0
                ? [.. source.Forms.Keys.Order(StringComparer.Ordinal).Select(form => (form, (Func<UiString, string>)(u => u.Forms.GetValueOrDefault(form) ?? "")))]
                : [("text", u => u.Text)];
            units.Add(Unit($"ui:{key}", TranslationUnitKind.UiString, $"{locale}/ui.yaml", source, over, fields, u => u.Translation, Pins.Of, own, defaults, map,
                mapUnit: l => l.Ui, mapKey: key));
        }

        if (defaults.Crisis is { } texts)
        {
            foreach (var region in texts.Regions)
            {
                var over = layers.Select(l => (Layer: l, Unit: l.Crisis?.Regions.FirstOrDefault(r => r.Id == region.Id))).Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
                units.Add(Unit($"crisis:region:{region.Id}", TranslationUnitKind.Region, $"{locale}/crisis.yaml", region, over, [("name", r => r.Name)], r => r.Translation, Pins.Of, own, defaults, map));
            }

            foreach (var service in texts.Services)
            {
                var over = layers.Select(l => (Layer: l, Unit: l.Crisis?.Services.FirstOrDefault(s => s.Id == service.Id))).Where(x => x.Unit is not null).Select(x => (x.Layer, x.Unit!)).ToList();
                (string, Func<CrisisServiceText, string>)[] fields =
                [
                    ("description", s => s.Description),
                    ("name", s => s.Name),
                    .. service.Labels.Keys.Order().Select(kind => ("labels." + kind.ToString().ToLowerInvariant(), (Func<CrisisServiceText, string>)(s => s.Labels.GetValueOrDefault(kind) ?? ""))),
                ];
                units.Add(Unit($"crisis:service:{service.Id}", TranslationUnitKind.Service, $"{locale}/crisis.yaml", service, over, fields, s => s.Translation, Pins.Of, own, defaults, map));
            }
        }

        return units.ToImmutable();
    }

    private static TranslationUnit Unit<T>(
        string key,
        TranslationUnitKind kind,
        string file,
        T source,
        List<(LocaleContent Layer, T Unit)> overlays,
        (string Field, Func<T, string> Text)[] fields,
        Func<T, TranslationInfo> info,
        Func<T, string> pin,
        LocaleContent own,
        LocaleContent defaults,
        SourceMap map,
        Func<LocaleContent, object>? mapUnit = null,
        string? mapKey = null)
        where T : class
    {
        var units = overlays.Select(o => o.Unit).ToList();

        // Every required field must be there for the unit to count as translated; a service's own name and labels may
        // stay as they are.
        var required = fields.Where(f => !(kind == TranslationUnitKind.Service && (f.Field == "name" || f.Field.StartsWith("labels.", StringComparison.Ordinal)))).ToList();
        var state = LocaleResolver.State(source, units, required[0].Text, u => string.Concat(required.Skip(1).Select(f => f.Text(u))), info, pin(source), original: false);
        if (state is TranslationState.Translated or TranslationState.Drifted && required.Any(f => f.Text(source).Length > 0 && f.Text(units[0]).Length == 0))
        {
            state = TranslationState.Missing;
        }

        (LocaleContent Layer, T Unit)? target = overlays.Count == 0 ? null : overlays[0];
        SourceLocation? At(T unit, LocaleContent layer) =>
            map.Locate(unit, "id") ?? map.Locate(unit) ?? (mapUnit is null ? null : map.Locate(mapUnit(layer), mapKey!));

        return new TranslationUnit
        {
            Key = key,
            Kind = kind,
            File = file,
            Source = [.. fields.Select(f => KeyValuePair.Create(f.Field, f.Text(source)))],
            Target = target is null ? [] : [.. fields.Select(f => KeyValuePair.Create(f.Field, f.Text(target.Value.Unit))).Where(p => p.Value.Length > 0)],
            SourcePin = pin(source),
            Pin = target is null ? null : info(target.Value.Unit).Pin,
            State = state,
            Note = info(source).Note,
            SourceLocation = At(source, defaults),
            TargetLocation = target is null ? null : At(target.Value.Unit, target.Value.Layer),
            InOwnFile = target is not null && ReferenceEquals(target.Value.Layer, own),
        };
    }
}
