using System.Collections.Immutable;
using System.Text;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide.Translation;

/// <summary>
/// Keeps a locale's files in step with the source: adds units the source gained, pins units translated by hand, refreshes
/// the pins of units not yet translated, and writes imported texts. It never removes, reorders or rewrites what a
/// translator wrote, and keeps every comment.
/// </summary>
internal sealed class TranslationFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root;
    private readonly GuideContent _content;
    private readonly string _locale;
    private readonly StubWriter _stubs;
    private readonly List<string> _written = [];
    private readonly List<Diagnostic> _problems = [];

    public TranslationFiles(string root, GuideContent content, string locale)
    {
        _root = root;
        _content = content;
        _locale = locale;
        _stubs = new StubWriter(content.DefaultLocale);
    }

    public ImmutableArray<string> Written => [.. _written];

    public ImmutableArray<Diagnostic> Problems => [.. _problems];

    public int Added { get; private set; }

    public int Pinned { get; private set; }

    /// <summary>Brings every file of the locale in step with the source.</summary>
    public void Sync(IReadOnlyDictionary<string, TargetUnit>? imports = null)
    {
        var defaults = _content.Defaults;
        foreach (var id in LocaleResolver.ReadingOrder(_content))
        {
            defaults.TryGetTopic(id, out var topic);
            Edit($"{_locale}/topics/{id}.yaml", () => _stubs.Topic(topic!), editor => SyncTopic(editor, topic!, imports));
        }

        Edit($"{_locale}/ui.yaml", () => _stubs.UiFile(defaults.Ui), editor => SyncUi(editor, defaults.Ui, imports));
        if (defaults.Crisis is { } crisis)
        {
            Edit($"{_locale}/crisis.yaml", () => _stubs.CrisisFile(crisis), editor => SyncCrisis(editor, crisis, imports));
        }
    }

    /// <summary>Creates a missing file from its stub, or edits an existing one in place.</summary>
    private void Edit(string relative, Func<string> stub, Action<YamlEditor> sync)
    {
        var path = Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            Write(path, relative, stub());
            Added++;
            Edit(relative, stub, sync);
            return;
        }

        var text = File.ReadAllText(path, Utf8);
        var editor = YamlEditor.Open(text, relative, _problems);
        if (editor is null)
        {
            return;
        }

        sync(editor);
        if (editor.Changed)
        {
            Write(path, relative, editor.Apply());
        }
    }

    private void Write(string path, string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, text, Utf8);
        File.Move(temporary, path, overwrite: true);
        if (!_written.Contains(relative))
        {
            _written.Add(relative);
        }
    }

    private void SyncTopic(YamlEditor editor, Topic topic, IReadOnlyDictionary<string, TargetUnit>? imports)
    {
        var root = editor.Root;
        Unit(editor, root, $"topic:{topic.Id}", Pins.Of(topic), ["title", "summary"], imports);
        foreach (var section in topic.Sections)
        {
            var item = YamlEditor.Item(root["sections"], section.Id);
            if (item is null)
            {
                Append(editor, root, "sections", indent => _stubs.Section(section, indent));
                continue;
            }

            Unit(editor, item, $"topic:{topic.Id}:section:{section.Id}", Pins.Of(section), ["title", "body"], imports);
            foreach (var tip in section.Tips)
            {
                var tipItem = YamlEditor.Item(item["tips"], tip.Id);
                if (tipItem is null)
                {
                    Append(editor, item, "tips", indent => _stubs.Tip(tip, indent));
                    continue;
                }

                Unit(editor, tipItem, $"topic:{topic.Id}:tip:{tip.Id}", Pins.Of(tip), ["text"], imports);
                foreach (var (key, phrases) in new[] { ("try_saying", tip.TrySaying), ("avoid_saying", tip.AvoidSaying) })
                {
                    foreach (var phrase in phrases)
                    {
                        var phraseItem = YamlEditor.Item(tipItem[key], phrase.Id);
                        if (phraseItem is null)
                        {
                            Append(editor, tipItem, key, indent => _stubs.Phrase(phrase, indent));
                        }
                        else
                        {
                            Unit(editor, phraseItem, $"topic:{topic.Id}:phrase:{phrase.Id}", Pins.Of(phrase), phrase.Why is null ? ["text"] : ["text", "why"], imports);
                        }
                    }
                }
            }
        }
    }

    private void SyncUi(YamlEditor editor, UiStrings source, IReadOnlyDictionary<string, TargetUnit>? imports)
    {
        if (editor.Root["strings"] is not YMapping { IsFlow: false } strings)
        {
            Problem(editor, "The file has no 'strings:' mapping to add interface strings to.");
            return;
        }

        foreach (var key in UiStrings.Keys.Where(source.Values.ContainsKey))
        {
            var value = source.Values[key];
            var fields = value.Forms.Count > 0 ? value.Forms.Keys.Order(StringComparer.Ordinal).ToArray() : ["text"];
            switch (strings[key])
            {
                case null:
                    editor.InsertAfterLine(strings.LastLine, _stubs.UiString(value, YamlEditor.Indent(strings)));
                    Added++;
                    break;
                case YMapping mapping:
                    Unit(editor, mapping, $"ui:{key}", Pins.Of(value), fields, imports);
                    break;
                case YScalar { Value: { } text } scalar:
                    // A string written plainly has no room for a pin: give it the mapping form, its text unchanged.
                    var indent = YamlEditor.Indent(strings) + 2;
                    var target = imports?.GetValueOrDefault($"ui:{key}")?.Fields.GetValueOrDefault("text") ?? text;
                    var keyNode = strings.Entries.First(e => e.Key.Value == key).Key;
                    editor.Replace(new YScalar(null, true, keyNode.Line, keyNode.Column) { Start = keyNode.End, End = scalar.End },
                        ":\n" + YamlText.Entry("text", target, indent) + YamlText.Entry("pin", Pins.Of(value) + "-" + Pins.OfTexts([target]), indent).TrimEnd('\n'));
                    Pinned++;
                    break;
            }
        }
    }

    private void SyncCrisis(YamlEditor editor, CrisisTexts source, IReadOnlyDictionary<string, TargetUnit>? imports)
    {
        foreach (var region in source.Regions)
        {
            if (YamlEditor.Item(editor.Root["regions"], region.Id) is { } item)
            {
                Unit(editor, item, $"crisis:region:{region.Id}", Pins.Of(region), ["name"], imports);
            }
            else
            {
                Append(editor, editor.Root, "regions", indent => _stubs.Region(region, indent));
            }
        }

        foreach (var service in source.Services)
        {
            if (YamlEditor.Item(editor.Root["services"], service.Id) is { } item)
            {
                Unit(editor, item, $"crisis:service:{service.Id}", Pins.Of(service), ["name", "description"], imports);
            }
            else
            {
                Append(editor, editor.Root, "services", indent => _stubs.Service(service, indent));
            }
        }
    }

    /// <summary>
    /// One unit already in the file. Writes imported texts; pins a unit translated by hand as translated from the current
    /// source; refreshes the pin of a unit not yet translated. A drifted unit keeps its pin until its translation has
    /// changed since it was pinned (a translator updated it), it is accepted by key, or an import marks it translated.
    /// </summary>
    private void Unit(YamlEditor editor, YMapping unit, string key, string pin, string[] fields, IReadOnlyDictionary<string, TargetUnit>? imports)
    {
        var indent = YamlEditor.Indent(unit);
        var anchor = (unit["pin"] ?? unit["id"] ?? unit.Entries.LastOrDefault().Value)?.LastLine ?? unit.Line;
        var import = imports?.GetValueOrDefault(key);
        var inserted = new StringBuilder();
        var texts = new List<string>();
        var changed = false;
        foreach (var field in fields)
        {
            var current = (unit[field] as YScalar)?.Value ?? "";
            if (import?.Fields.GetValueOrDefault(field) is { Length: > 0 } text && text.Trim() != current.Trim())
            {
                changed = true;
                if (unit[field] is YScalar node)
                {
                    editor.Replace(node, YamlText.Value(text, indent));
                }
                else
                {
                    inserted.Append(YamlText.Entry(field, text, indent));
                }

                current = text;
            }

            texts.Add(current);
        }

        var hasText = texts.Any(t => t.Length > 0);
        var written = (unit["pin"] as YScalar)?.Value?.Trim();
        var translated = $"{pin}-{Pins.OfTexts(texts)}";
        var wanted = WantedPin(written, pin, translated, hasText, import, key);
        if (wanted is null && written is not null && unit["pin"] is YScalar kept && editor.Raw(kept) != YamlText.Value(written, indent))
        {
            // Written in a form editors read as a number (12345678): quote it, so every tool reads the same text.
            editor.Replace(kept, YamlText.Value(written, indent));
        }
        else if (wanted is not null && (wanted != written || editor.Raw(unit["pin"]!) != YamlText.Value(wanted, indent)))
        {
            if (unit["pin"] is YScalar pinNode)
            {
                editor.Replace(pinNode, YamlText.Value(wanted, indent));
            }
            else
            {
                editor.InsertAfterLine(unit["id"]?.LastLine ?? anchor, YamlText.Entry("pin", wanted, indent));
            }
        }

        // Unfinished work from a tool is kept as a draft, so readers see the source until it is done; a unit the tool
        // left as it was keeps its state.
        var isDraft = unit["draft"] is YScalar { Value: "true" };
        var draft = import is null ? isDraft : import.Translated ? false : changed || isDraft;
        if (draft != isDraft)
        {
            if (unit["draft"] is YScalar draftNode)
            {
                editor.Replace(draftNode, draft ? "true" : "false");
            }
            else if (draft)
            {
                inserted.Insert(0, new string(' ', indent) + "draft: true\n");
            }
        }

        if (inserted.Length > 0)
        {
            editor.InsertAfterLine(anchor, inserted.ToString());
        }
    }

    /// <summary>The pin a unit should carry, or null to leave it as it is.</summary>
    private string? WantedPin(string? written, string pin, string translated, bool hasText, TargetUnit? import, string key)
    {
        if (import is not null)
        {
            return import.Translated || written is null ? Count(translated, written is null ? 1 : 0, 0) : null;
        }

        if (!hasText)
        {
            // Not translated yet: keep the pin at the current source.
            return written is null ? null : pin;
        }

        if (written is null)
        {
            return Count(translated, 1, 0);
        }

        if (Pins.SourcePart(written) == pin)
        {
            return translated;
        }

        // Drifted: pinned again once a translator has changed the text since, or has accepted it as it is.
        var updated = Pins.TargetPart(written) is { } target && target != translated[(pin.Length + 1)..];
        return updated || Accepted.Contains(key) ? Count(translated, 0, 1) : null;
    }

    private string Count(string pin, int pinned, int updated)
    {
        Pinned += pinned;
        Updated += updated;
        return pin;
    }

    /// <summary>Unit keys a translator confirmed: their translation still says what the changed source says.</summary>
    public HashSet<string> Accepted { get; } = new(StringComparer.Ordinal);

    /// <summary>Drifted units pinned again because their translation was updated or accepted.</summary>
    public int Updated { get; private set; }

    /// <summary>Adds an item to the block list under <paramref name="key"/>, making the list when the mapping has none.</summary>
    private void Append(YamlEditor editor, YMapping parent, string key, Func<int, string> item)
    {
        Added++;
        switch (parent[key])
        {
            case YSequence { IsFlow: false } list:
                editor.InsertAfterLine(list.LastLine, item(list.Column - 1));
                break;
            case null:
                var indent = YamlEditor.Indent(parent);
                editor.InsertAfterLine(parent.LastLine, new string(' ', indent) + key + ":\n" + item(indent + 2));
                break;
            default:
                Added--;
                Problem(editor, $"'{key}' is not a list of one item per line, so the tools cannot add to it. Rewrite it in that form.");
                break;
        }
    }

    private void Problem(YamlEditor editor, string message) =>
        _problems.Add(DiagnosticDescriptors.WrongType.At(_locale, editor.Root.Line, editor.Root.Column, message));
}

/// <summary>An imported translation of one unit.</summary>
/// <param name="Fields">Target texts by field.</param>
/// <param name="Translated">
/// True when the translator marked every segment translated (or reviewed, or final): the unit is then pinned to the
/// current source and is no longer a draft. Otherwise a unit whose text the import changes is written as a draft.
/// </param>
internal sealed record TargetUnit(IReadOnlyDictionary<string, string> Fields, bool Translated);
