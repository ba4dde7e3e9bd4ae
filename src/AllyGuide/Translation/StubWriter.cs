using System.Text;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide.Translation;

/// <summary>
/// Writes translation units as YAML for a locale: each unit's id and the pin of its source, the translated fields, and
/// for each field not yet translated the source text as a comment (<c># title (en): ...</c>) to translate from.
/// </summary>
internal sealed class StubWriter(string sourceLocale)
{
    /// <summary>A unit's own lines (not its children) at <paramref name="indent"/> spaces; the caller puts <c>- </c> before the first.</summary>
    public string Unit(string id, string pin, IEnumerable<(string Field, string Source, string? Target)> fields, int indent, bool draft = false)
    {
        var pad = new string(' ', indent);
        var text = new StringBuilder();
        text.Append(pad).Append("id: ").Append(YamlText.Value(id, indent)).Append('\n');
        text.Append(YamlText.Entry("pin", pin, indent));
        if (draft)
        {
            text.Append(pad).Append("draft: true\n");
        }

        foreach (var (field, source, target) in fields)
        {
            if (target is { Length: > 0 })
            {
                text.Append(YamlText.Entry(field, target, indent));
            }
            else if (source.Length > 0)
            {
                text.Append(YamlText.Comment(field, sourceLocale, source, indent));
            }
        }

        return text.ToString();
    }

    /// <summary>Puts <c>- </c> before a unit written at <paramref name="listIndent"/> + 2 spaces.</summary>
    public static string Item(string unitLines, int listIndent)
    {
        var pad = new string(' ', listIndent);
        return pad + "- " + unitLines[(listIndent + 2)..];
    }

    public string Topic(Topic topic) =>
        "# yaml-language-server: $schema=../../schema/translation.schema.json\nschema: 1\n"
        + Unit(topic.Id, Pins.Of(topic), [("title", topic.Title, null), ("summary", topic.Summary, null)], 0)
        + (topic.Sections.IsEmpty ? "" : "sections:\n" + string.Concat(topic.Sections.Select(s => Section(s, 2))));

    public string Section(Section section, int listIndent)
    {
        var indent = listIndent + 2;
        var lines = Unit(section.Id, Pins.Of(section), [("title", section.Title, null), ("body", section.Body, null)], indent);
        if (!section.Tips.IsEmpty)
        {
            lines += new string(' ', indent) + "tips:\n" + string.Concat(section.Tips.Select(t => Tip(t, indent + 2)));
        }

        return Item(lines, listIndent);
    }

    public string Tip(Tip tip, int listIndent)
    {
        var indent = listIndent + 2;
        var lines = Unit(tip.Id, Pins.Of(tip), [("text", tip.Text, null)], indent);
        foreach (var (key, phrases) in new[] { ("try_saying", tip.TrySaying), ("avoid_saying", tip.AvoidSaying) })
        {
            if (!phrases.IsEmpty)
            {
                lines += new string(' ', indent) + key + ":\n" + string.Concat(phrases.Select(p => Phrase(p, indent + 2)));
            }
        }

        return Item(lines, listIndent);
    }

    public string Phrase(Phrase phrase, int listIndent) =>
        Item(Unit(phrase.Id, Pins.Of(phrase), [("text", phrase.Text, null), ("why", phrase.Why ?? "", null)], listIndent + 2), listIndent);

    public string UiString(UiString value, int indent)
    {
        var pad = new string(' ', indent);
        var text = new StringBuilder(pad).Append(value.Key).Append(":\n");
        text.Append(YamlText.Entry("pin", Pins.Of(value), indent + 2));
        if (value.Forms.Count > 0)
        {
            foreach (var (form, pattern) in value.Forms.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.Append(YamlText.Comment(form, sourceLocale, pattern, indent + 2));
            }
        }
        else
        {
            text.Append(YamlText.Comment("text", sourceLocale, value.Text, indent + 2));
        }

        return text.ToString();
    }

    public string UiFile(UiStrings ui) =>
        "# yaml-language-server: $schema=../schema/ui.schema.json\nschema: 1\nstrings:\n"
        + string.Concat(UiStrings.Keys.Where(ui.Values.ContainsKey).Select(k => UiString(ui.Values[k], 2)));

    public string Region(CrisisRegionText region, int listIndent) =>
        Item(Unit(region.Id, Pins.Of(region), [("name", region.Name, null)], listIndent + 2), listIndent);

    public string Service(CrisisServiceText service, int listIndent) =>
        Item(Unit(service.Id, Pins.Of(service), [("name", service.Name, null), ("description", service.Description, null)], listIndent + 2), listIndent);

    public string CrisisFile(CrisisTexts texts) =>
        "# yaml-language-server: $schema=../schema/crisis-texts.schema.json\nschema: 2\n"
        + (texts.Regions.IsEmpty ? "" : "regions:\n" + string.Concat(texts.Regions.Select(r => Region(r, 2))))
        + (texts.Services.IsEmpty ? "" : "services:\n" + string.Concat(texts.Services.Select(s => Service(s, 2))));
}
