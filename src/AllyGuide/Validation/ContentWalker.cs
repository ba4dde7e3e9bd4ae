using AllyGuide.Model;

namespace AllyGuide.Validation;

/// <summary>How a text field may be written.</summary>
internal enum TextKind
{
    /// <summary>Plain text: no markup at all.</summary>
    Plain,

    /// <summary>Inline markup: emphasis and links.</summary>
    Markup,
}

/// <summary>One text value of the content: the unit and key it was written under, and how it is read.</summary>
/// <param name="Unit">The model object.</param>
/// <param name="Key">The key in the file, for the source map.</param>
/// <param name="Text">The text.</param>
/// <param name="Kind">Plain text or markup.</param>
/// <param name="What">How messages name the field, for example "The section title".</param>
/// <param name="Locale">The locale the text belongs to.</param>
/// <param name="QuotedToAvoid">True for an "avoid saying" phrase, which may quote words the guide otherwise rules out.</param>
internal readonly record struct TextField(object Unit, string Key, string Text, TextKind Kind, string What, string Locale, bool QuotedToAvoid = false);

/// <summary>Every text value a locale's files hold, in file order, for the rules that read text.</summary>
internal static class ContentWalker
{
    public static IEnumerable<TextField> Texts(LocaleContent locale)
    {
        var code = locale.Locale.Code;
        foreach (var topic in locale.Topics)
        {
            foreach (var field in Texts(topic, code))
            {
                yield return field;
            }
        }

        foreach (var source in locale.Sources)
        {
            yield return new TextField(source, "title", source.Title, TextKind.Plain, "The source title", code);
            yield return new TextField(source, "organization", source.Organization, TextKind.Plain, "The organization", code);
        }

        if (locale.Crisis is { } crisis)
        {
            foreach (var region in crisis.Regions)
            {
                yield return new TextField(region, "name", region.Name, TextKind.Plain, "The region name", code);
            }

            foreach (var service in crisis.Services)
            {
                yield return new TextField(service, "name", service.Name, TextKind.Plain, "The service name", code);
                yield return new TextField(service, "description", service.Description, TextKind.Plain, "The service description", code);
                foreach (var (kind, label) in service.Labels)
                {
                    yield return new TextField(service.Labels, kind.ToString().ToLowerInvariant(), label, TextKind.Plain, "The contact label", code);
                }
            }
        }

        foreach (var key in UiStrings.Keys)
        {
            if (locale.Ui.Values.TryGetValue(key, out var value))
            {
                var unit = value.Forms.Count > 0 ? (object)value : locale.Ui;
                foreach (var (form, text) in value.Forms.Count > 0 ? value.Forms.Select(f => (f.Key, f.Value)) : [(key, value.Text)])
                {
                    yield return new TextField(unit, form, text, TextKind.Plain, $"UI string '{key}'", code);
                }
            }
        }
    }

    public static IEnumerable<TextField> Texts(Topic topic, string locale)
    {
        yield return new TextField(topic, "title", topic.Title, TextKind.Plain, "The title", locale);
        yield return new TextField(topic, "summary", topic.Summary, TextKind.Plain, "The summary", locale);
        foreach (var section in topic.Sections)
        {
            yield return new TextField(section, "title", section.Title, TextKind.Plain, "The section title", locale);
            yield return new TextField(section, "body", section.Body, TextKind.Markup, "The section body", locale);
            foreach (var tip in section.Tips)
            {
                yield return new TextField(tip, "text", tip.Text, TextKind.Markup, "The tip", locale);
                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    yield return new TextField(phrase, "text", phrase.Text, TextKind.Plain, "The phrase", locale, QuotedToAvoid: phrase.Kind == PhraseKind.AvoidSaying);
                    if (phrase.Why is not null)
                    {
                        yield return new TextField(phrase, "why", phrase.Why, TextKind.Plain, "The reason", locale);
                    }
                }
            }
        }
    }

    /// <summary>Every id a topic holds below itself, by kind, in document order: sections, then each section's tips and their phrases.</summary>
    public static IEnumerable<(string Kind, object Unit, string Id)> Ids(Topic topic)
    {
        foreach (var section in topic.Sections)
        {
            yield return ("section", section, section.Id);
            foreach (var tip in section.Tips)
            {
                yield return ("tip", tip, tip.Id);
                foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                {
                    yield return ("phrase", phrase, phrase.Id);
                }
            }
        }
    }
}
