using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0035, AG0037 and AG0038: what a translation says that the loader would silently ignore or that no reader needs.
/// Keys only the default locale sets (audience, dates, related topics, sources, situation tags) are ignored in a translation; a pin or a
/// draft mark in the default locale means nothing; a translated unit identical to its source was most likely copied;
/// a translated unit without a pin cannot show when its source changes.
/// </summary>
internal sealed class TranslationQualityRule : IValidationRule
{
    /// <summary>Shorter texts (names, single words) are often the same in both languages.</summary>
    private const int MinWordsForSameAsSource = 4;

    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            if (context.IsDefault(locale))
            {
                CheckSource(context, locale);
                continue;
            }

            foreach (var topic in locale.Topics)
            {
                foreach (var key in ContentKeys.TopicSourceOnly.Where(k => context.Map.Locate(topic, k) is not null))
                {
                    context.Report(DiagnosticDescriptors.IgnoredKey, topic, key,
                        $"'{key}' in a translation is ignored: it always comes from the default locale ('{context.Content.DefaultLocale}'). Remove it.");
                }

                foreach (var tip in topic.Sections.SelectMany(s => s.Tips))
                {
                    ReportIgnored(context, tip, ContentKeys.TipSourceOnly);
                    foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                    {
                        ReportIgnored(context, phrase, ContentKeys.PhraseSourceOnly);
                    }
                }

                if (context.Defaults.TryGetTopic(topic.Id, out var source))
                {
                    CheckTopic(context, topic, source);
                }
            }

            foreach (var value in locale.Ui.Values.Values)
            {
                if (context.Defaults.Ui.Values.TryGetValue(value.Key, out var original))
                {
                    CheckUnit(context, value, value.Translation, [value.Text, .. value.Forms.Values], [original.Text, .. original.Forms.Values], locale.Ui, value.Key);
                }
            }

            if (locale.Crisis is { } texts && context.Defaults.Crisis is { } defaults)
            {
                foreach (var region in texts.Regions)
                {
                    if (defaults.Regions.FirstOrDefault(r => r.Id == region.Id) is { } original)
                    {
                        CheckUnit(context, region, region.Translation, [region.Name], [original.Name]);
                    }
                }

                foreach (var service in texts.Services)
                {
                    if (defaults.Services.FirstOrDefault(s => s.Id == service.Id) is { } original)
                    {
                        CheckUnit(context, service, service.Translation, [service.Name, service.Description], [original.Name, original.Description]);
                    }
                }
            }
        }
    }

    private static void ReportIgnored(ValidationContext context, object unit, IEnumerable<string> keys)
    {
        foreach (var key in keys.Where(k => context.Map.Locate(unit, k) is not null))
        {
            context.Report(DiagnosticDescriptors.IgnoredKey, unit, key,
                $"'{key}' in a translation is ignored: it always comes from the default locale ('{context.Content.DefaultLocale}'). Remove it.");
        }
    }

    private static void CheckTopic(ValidationContext context, Topic topic, Topic source)
    {
        CheckUnit(context, topic, topic.Translation, [topic.Title, topic.Summary], [source.Title, source.Summary]);
        var sections = source.Sections.ToDictionary(s => s.Id);
        var tips = source.Sections.SelectMany(s => s.Tips).GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        var phrases = tips.Values.SelectMany(t => t.TrySaying.Concat(t.AvoidSaying)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var section in topic.Sections)
        {
            if (sections.TryGetValue(section.Id, out var s))
            {
                CheckUnit(context, section, section.Translation, [section.Title, section.Body], [s.Title, s.Body]);
            }

            foreach (var tip in section.Tips)
            {
                if (tips.TryGetValue(tip.Id, out var t))
                {
                    CheckUnit(context, tip, tip.Translation, [tip.Text], [t.Text]);
                }

                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    if (phrases.TryGetValue(phrase.Id, out var p))
                    {
                        CheckUnit(context, phrase, phrase.Translation, [phrase.Text, phrase.Why ?? ""], [p.Text, p.Why ?? ""]);
                    }
                }
            }
        }
    }

    /// <summary>Checks one translated unit against its source: copied text, and a missing pin.</summary>
    private static void CheckUnit(ValidationContext context, object unit, TranslationInfo info, string[] texts, string[] source, object? mapUnit = null, string? mapKey = null)
    {
        if (texts.All(t => t.Length == 0) || info.Draft)
        {
            return;
        }

        var at = context.Map.Locate(unit, "id") ?? context.Map.Locate(unit) ?? (mapUnit is null ? null : context.Map.Locate(mapUnit, mapKey!));
        if (at is null)
        {
            return;
        }

        for (var i = 0; i < texts.Length && i < source.Length; i++)
        {
            if (texts[i].Length > 0 && string.Equals(texts[i].Trim(), source[i].Trim(), StringComparison.Ordinal)
                && texts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsForSameAsSource)
            {
                context.Report(DiagnosticDescriptors.SameAsSource, at.Value,
                    $"This text is the same as its source: '{Shorten(texts[i])}'. Translate it, or remove it so readers see the source marked in its own language.");
                break;
            }
        }

        if (info.Pin is null)
        {
            context.Report(DiagnosticDescriptors.Unpinned, at.Value,
                "This translated unit has no pin, so a later change to its source will not show as drifted. Run 'allyguide sync' for the locale to pin it.");
        }
    }

    private static void CheckSource(ValidationContext context, LocaleContent locale)
    {
        foreach (var (unit, info) in Units(locale).Where(u => u.Info.Pin is not null || u.Info.Draft))
        {
            var key = info.Pin is not null ? "pin" : "draft";
            if (context.Map.Locate(unit, key) is { } at)
            {
                context.Report(DiagnosticDescriptors.IgnoredKey, at,
                    $"'{key}' is ignored in the default locale: pins and drafts belong to translations. Remove it.");
            }
        }
    }

    private static IEnumerable<(object Unit, TranslationInfo Info)> Units(LocaleContent locale)
    {
        foreach (var topic in locale.Topics)
        {
            yield return (topic, topic.Translation);
            foreach (var section in topic.Sections)
            {
                yield return (section, section.Translation);
                foreach (var tip in section.Tips)
                {
                    yield return (tip, tip.Translation);
                    foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                    {
                        yield return (phrase, phrase.Translation);
                    }
                }
            }
        }

        foreach (var value in locale.Ui.Values.Values)
        {
            yield return (value, value.Translation);
        }

        foreach (var region in locale.Crisis?.Regions ?? [])
        {
            yield return (region, region.Translation);
        }

        foreach (var service in locale.Crisis?.Services ?? [])
        {
            yield return (service, service.Translation);
        }
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? text : text[..40] + "...";
    }
}
