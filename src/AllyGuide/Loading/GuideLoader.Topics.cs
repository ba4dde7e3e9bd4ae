using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Validation;

namespace AllyGuide.Loading;

internal sealed partial class GuideLoader
{
    internal static readonly ImmutableArray<string> TopicKeys =
        ["schema", "id", "title", "summary", "audience", "reviewed", "next_review", "related", "sources", "sections"];

    internal static readonly ImmutableArray<string> SectionKeys = ["id", "title", "body", "tips"];
    internal static readonly ImmutableArray<string> TipKeys = ["id", "text", "try_saying", "avoid_saying"];
    internal static readonly ImmutableArray<string> TryPhraseKeys = ["id", "text"];
    internal static readonly ImmutableArray<string> AvoidPhraseKeys = ["id", "text", "why"];
    internal static readonly ImmutableArray<string> SourceFileKeys = ["schema", "sources"];
    internal static readonly ImmutableArray<string> SourceKeys = ["id", "title", "organization", "url"];

    /// <summary>The audience tags a topic may carry.</summary>
    internal static readonly ImmutableArray<string> AudienceTags =
        ["family", "friend", "partner", "parent", "coworker", "manager", "teacher", "professional"];

    /// <summary>Where each topic's references were written, for located diagnostics after all files are read.</summary>
    private readonly Dictionary<Topic, (FileReader File, TopicScope Scope, ImmutableArray<(string, YNode)> Related, ImmutableArray<(string, YNode)> Sources)> _references = new(ReferenceEqualityComparer.Instance);

    private LocaleContent LoadLocale(LocaleInfo locale, bool isDefault)
    {
        var topics = ImmutableDictionary.CreateBuilder<string, Topic>(StringComparer.Ordinal);
        var topicFiles = _source.EnumerateFiles(locale.Code + "/topics")
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
        foreach (var path in topicFiles)
        {
            var before = _diagnostics.Count;
            var topic = LoadTopic(path, locale.Code, isDefault);
            if (_diagnostics.Skip(before).Any(d => d.IsError))
            {
                _brokenTopics.Add(topic?.Id ?? Path.GetFileNameWithoutExtension(path));
            }

            if (topic is not null && !topics.TryAdd(topic.Id, topic))
            {
                var file = _references[topic].File;
                file.Report(DiagnosticDescriptors.DuplicateId, 0, 0, $"Another file in {locale.Code}/topics already defines topic '{topic.Id}'. Keep one.");
            }
        }

        if (isDefault && topicFiles.Any() is false)
        {
            new FileReader(_source.GetDisplayPath(locale.Code + "/topics"), _diagnostics, _options)
                .Report(DiagnosticDescriptors.MissingFile, 0, 0, $"The default locale '{locale.Code}' has no topic files. Add topics/<id>.yaml files.");
        }

        return new LocaleContent(
            locale,
            topics.ToImmutable(),
            LoadSources(locale.Code, isDefault),
            LoadCrisis(locale.Code, isDefault),
            LoadUi(locale.Code, isDefault));
    }

    private Topic? LoadTopic(string path, string locale, bool full)
    {
        var map = OpenFile(path, "the topic", TopicKeys, required: true, out var file);
        if (map is null)
        {
            return null;
        }

        var (id, idNode) = map.Text("id");
        // A translation needs only ids: every field it leaves out falls back to the default locale.
        var (title, titleNode) = map.Text("title", full);
        var (summary, summaryNode) = map.Text("summary", full);
        var (reviewed, _) = map.Date("reviewed", full);
        var (nextReview, nextNode) = map.Date("next_review", full);
        var audience = map.TextList("audience", full);
        var related = map.TextList("related", required: false);
        var sources = map.TextList("sources", full);

        if (id is not null)
        {
            TextRules.CheckId(file, id, idNode, "the topic");
            if (TextRules.ReservedIds.Contains(id))
            {
                file.Report(DiagnosticDescriptors.InvalidId, idNode, $"The topic id '{id}' is reserved for a page of the site. Choose another id.");
            }

            var expected = Path.GetFileNameWithoutExtension(path);
            if (!string.Equals(expected, id, StringComparison.Ordinal))
            {
                file.Report(DiagnosticDescriptors.FileNameMismatch, idNode, $"The topic id is '{id}' but the file is named '{Path.GetFileName(path)}'. Rename the file to '{id}.yaml' or change the id.");
            }
        }

        CheckPlain(file, title, titleNode, "The title");
        CheckPlain(file, summary, summaryNode, "The summary");
        foreach (var (tag, node) in audience)
        {
            if (!AudienceTags.Contains(tag))
            {
                file.Report(DiagnosticDescriptors.InvalidValue, node, $"Unknown audience '{tag}'. Use: {string.Join(", ", AudienceTags)}.");
            }
        }

        if (reviewed is { } r && nextReview is { } n && n <= r)
        {
            file.Report(DiagnosticDescriptors.ReviewDateOrder, nextNode, $"next_review ({n:yyyy-MM-dd}) must be after reviewed ({r:yyyy-MM-dd}).");
        }

        var ids = new TopicScope(file, full);
        var sections = ImmutableArray.CreateBuilder<Section>();
        foreach (var item in map.List("sections", full))
        {
            if (ReadSection(item, file, map.Node, locale, ids) is { } section)
            {
                sections.Add(section);
            }
        }

        if (id is null || (full && (title is null || summary is null || reviewed is null || nextReview is null)))
        {
            return null;
        }

        var topic = new Topic(id, title ?? "", summary ?? "", [.. audience.Select(a => a.Value)], reviewed ?? default, nextReview ?? default,
            [.. related.Select(x => x.Value)], [.. sources.Select(x => x.Value)], sections.ToImmutable(), locale);
        ids.Record("topic", id, idNode);
        _references[topic] = (file, ids, related, sources);
        ContentLints.CheckTopic(file, topic, map, ids, full, _options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        return topic;
    }

    private static Section? ReadSection(YNode node, FileReader file, YNode parent, string locale, TopicScope ids)
    {
        var map = MapReader.Open(node, file, "a section", parent, SectionKeys);
        if (map is null)
        {
            return null;
        }

        var (id, idNode) = map.Text("id");
        var (title, titleNode) = map.Text("title", ids.Full);
        var (body, bodyNode) = map.Text("body", required: false);
        ids.Check("section", id, idNode);
        CheckPlain(file, title, titleNode, "The section title");
        CheckMarkup(file, body, bodyNode, "The section body");

        var tips = ImmutableArray.CreateBuilder<Tip>();
        foreach (var item in map.List("tips", required: false))
        {
            if (ReadTip(item, file, map.Node, locale, ids) is { } tip)
            {
                tips.Add(tip);
            }
        }

        return id is null || (ids.Full && title is null) ? null : new Section(id, title ?? "", body ?? "", tips.ToImmutable(), locale);
    }

    private static Tip? ReadTip(YNode node, FileReader file, YNode parent, string locale, TopicScope ids)
    {
        var map = MapReader.Open(node, file, "a tip", parent, TipKeys);
        if (map is null)
        {
            return null;
        }

        var (id, idNode) = map.Text("id");
        var (text, textNode) = map.Text("text", ids.Full);
        ids.Check("tip", id, idNode);
        ids.RecordTipText(id, textNode);
        CheckMarkup(file, text, textNode, "The tip");
        var trySaying = ReadPhrases(map, "try_saying", PhraseKind.TrySaying, locale, ids);
        var avoidSaying = ReadPhrases(map, "avoid_saying", PhraseKind.AvoidSaying, locale, ids);
        return id is null || (ids.Full && text is null) ? null : new Tip(id, text ?? "", trySaying, avoidSaying, locale);
    }

    private static ImmutableArray<Phrase> ReadPhrases(MapReader tip, string key, PhraseKind kind, string locale, TopicScope ids)
    {
        var builder = ImmutableArray.CreateBuilder<Phrase>();
        foreach (var item in tip.List(key, required: false))
        {
            var map = MapReader.Open(item, tip.File, "a phrase", tip.Node, kind == PhraseKind.TrySaying ? TryPhraseKeys : AvoidPhraseKeys);
            if (map is null)
            {
                continue;
            }

            var (id, idNode) = map.Text("id");
            var (text, textNode) = map.Text("text", ids.Full);
            var (why, whyNode) = kind == PhraseKind.AvoidSaying ? map.Text("why", required: false) : (null, null);
            ids.Check("phrase", id, idNode);
            CheckPlain(tip.File, text, textNode, "The phrase", quotedToAvoid: kind == PhraseKind.AvoidSaying);
            CheckPlain(tip.File, why, whyNode, "The reason");
            if (id is not null && (text is not null || !ids.Full))
            {
                builder.Add(new Phrase(id, kind, text ?? "", why, locale));
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableDictionary<string, Source> LoadSources(string locale, bool isDefault)
    {
        var sources = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        var before = _diagnostics.Count;
        var map = OpenFile(locale + "/sources.yaml", "sources.yaml", SourceFileKeys, isDefault, out var file);
        if (map is null)
        {
            _sourcesFileBroken |= _diagnostics.Skip(before).Any(d => d.IsError);
            return sources.ToImmutable();
        }

        foreach (var item in map.List("sources"))
        {
            var source = MapReader.Open(item, file, "a source", map.Node, SourceKeys);
            if (source is null)
            {
                continue;
            }

            var (id, idNode) = source.Text("id");
            var (title, titleNode) = source.Text("title");
            var (organization, organizationNode) = source.Text("organization");
            var (url, urlNode) = source.Text("url");
            CheckPlain(file, title, titleNode, "The source title");
            CheckPlain(file, organization, organizationNode, "The organization");
            var urlOk = url is not null && TextRules.CheckUrl(file, url, urlNode, "The source URL", allowAnyAllowedScheme: false);
            if (id is null)
            {
                continue;
            }

            TextRules.CheckId(file, id, idNode, "the source");
            if (sources.ContainsKey(id))
            {
                file.Report(DiagnosticDescriptors.DuplicateId, idNode, $"Source '{id}' is defined twice. Keep one.");
            }
            else if (title is not null && organization is not null && urlOk)
            {
                sources[id] = new Source(id, title, organization, url!, locale);
            }
            else
            {
                _brokenSources.Add(id);
            }
        }

        return sources.ToImmutable();
    }

    private void CheckReferences(LocaleContent locale, LocaleContent defaults)
    {
        foreach (var topic in locale.Topics.Values)
        {
            var (file, scope, related, sources) = _references[topic];
            if (!ReferenceEquals(locale, defaults))
            {
                CheckTranslation(topic, file, scope, defaults);
            }

            foreach (var (id, node) in related)
            {
                if (!defaults.Topics.ContainsKey(id))
                {
                    if (_brokenTopics.Contains(id))
                    {
                        continue;
                    }

                    file.Report(DiagnosticDescriptors.MissingTopic, node, $"Related topic '{id}' does not exist. {KnownTopics(defaults)}");
                }
                else if (id == topic.Id)
                {
                    file.Report(DiagnosticDescriptors.MissingTopic, node, $"Topic '{id}' lists itself as related. Remove it from 'related'.");
                }
            }

            foreach (var (id, node) in sources)
            {
                if (!locale.Sources.ContainsKey(id) && !defaults.Sources.ContainsKey(id) && !_sourcesFileBroken && !_brokenSources.Contains(id))
                {
                    var known = defaults.Sources.Keys.Order(StringComparer.Ordinal).ToList();
                    var suggestion = MapReader.Suggest(id, known);
                    var hint = suggestion is null ? "Add it to sources.yaml." : $"Did you mean '{suggestion}'?";
                    file.Report(DiagnosticDescriptors.MissingSource, node, $"Source '{id}' is not defined in sources.yaml. {hint}");
                }
            }
        }
    }

    /// <summary>Reports translated units that the default locale does not have: nothing would ever show them.</summary>
    private static void CheckTranslation(Topic topic, FileReader file, TopicScope scope, LocaleContent defaults)
    {
        if (!defaults.Topics.TryGetValue(topic.Id, out var original))
        {
            file.Report(DiagnosticDescriptors.UnmatchedTranslation, scope.NodeOf("topic", topic.Id),
                $"The default locale has no topic '{topic.Id}', so this translation is never shown. {KnownTopics(defaults)}");
            return;
        }

        var known = new Dictionary<string, HashSet<string>>
        {
            ["section"] = [.. original.Sections.Select(s => s.Id)],
            ["tip"] = [.. original.Sections.SelectMany(s => s.Tips).Select(t => t.Id)],
            ["phrase"] = [.. original.Sections.SelectMany(s => s.Tips).SelectMany(t => t.TrySaying.Concat(t.AvoidSaying)).Select(p => p.Id)],
        };
        foreach (var (kind, ids) in known)
        {
            foreach (var (id, node) in scope.Ids(kind).Where(pair => !ids.Contains(pair.Key)))
            {
                var suggestion = MapReader.Suggest(id, ids);
                file.Report(DiagnosticDescriptors.UnmatchedTranslation, node,
                    $"Topic '{topic.Id}' in the default locale has no {kind} '{id}', so this translation is never shown.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}");
            }
        }
    }

    private static void CheckPlain(FileReader file, string? text, YNode? node, string what, bool quotedToAvoid = false)
    {
        if (text is not null)
        {
            TextRules.CheckPlain(file, text, node, what);
            ContentLints.CheckWording(file, text, node, quotedToAvoid);
        }
    }

    private static void CheckMarkup(FileReader file, string? text, YNode? node, string what)
    {
        if (text is not null)
        {
            TextRules.CheckMarkup(file, text, node, what);
            ContentLints.CheckWording(file, text, node, quotedToAvoid: false);
        }
    }

    /// <summary>
    /// One topic file being read: whether it is a full topic (default locale) or a translation that may leave
    /// fields out, and the ids of its sections, tips and phrases, which must be well formed and unique per kind.
    /// </summary>
    internal sealed class TopicScope(FileReader file, bool full)
    {
        public bool Full { get; } = full;

        private readonly Dictionary<string, Dictionary<string, YNode?>> _seen = [];
        private readonly Dictionary<string, YNode> _tipText = new(StringComparer.Ordinal);

        /// <summary>Where a tip's text was written; the first tip wins when ids repeat (reported as AG0015).</summary>
        public YNode? TipText(string id) => _tipText.GetValueOrDefault(id);

        public void RecordTipText(string? id, YNode? node)
        {
            if (id is not null && node is not null)
            {
                _tipText.TryAdd(id, node);
            }
        }

        public Dictionary<string, YNode?> Ids(string kind) => _seen.TryGetValue(kind, out var ids) ? ids : [];

        public YNode? NodeOf(string kind, string id) => _seen.GetValueOrDefault(kind)?.GetValueOrDefault(id);

        public void Check(string kind, string? id, YNode? node)
        {
            if (id is null)
            {
                return;
            }

            TextRules.CheckId(file, id, node, $"the {kind}");
            if (!Record(kind, id, node))
            {
                file.Report(DiagnosticDescriptors.DuplicateId, node, $"Another {kind} in this topic already has the id '{id}'. Ids must be unique so translations can match them.");
            }
        }

        /// <summary>Remembers where an id was written; false when the kind already has it.</summary>
        public bool Record(string kind, string id, YNode? node)
        {
            if (!_seen.TryGetValue(kind, out var ids))
            {
                _seen[kind] = ids = new Dictionary<string, YNode?>(StringComparer.Ordinal);
            }

            return ids.TryAdd(id, node);
        }
    }
}
