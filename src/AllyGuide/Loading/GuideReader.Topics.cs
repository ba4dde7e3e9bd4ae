using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Loading;

internal sealed partial class GuideReader
{
    private ImmutableArray<Topic> ReadTopics(string locale, bool isDefault)
    {
        var topics = ImmutableArray.CreateBuilder<Topic>();
        var files = _source.EnumerateFiles(locale + "/topics")
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var path in files)
        {
            if (ReadTopic(path, locale, isDefault) is { } topic)
            {
                topics.Add(topic);
            }
            else
            {
                _map.FailedTopics.Add(Path.GetFileNameWithoutExtension(path));
            }
        }

        if (isDefault && files.Count == 0)
        {
            new FileReader(_source.GetDisplayPath(locale + "/topics"), _diagnostics, _map)
                .Report(DiagnosticDescriptors.MissingFile, 0, 0, $"The default locale '{locale}' has no topic files. Add topics/<id>.yaml files.");
        }

        return topics.ToImmutable();
    }

    /// <summary>Reads one topic file. A translation (<paramref name="full"/> false) needs only ids: what it leaves out falls back.</summary>
    private Topic? ReadTopic(string path, string locale, bool full)
    {
        var map = OpenFile(path, "the topic", ContentKeys.Topic, required: true, out _);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (title, _) = map.Text("title", full);
        var (summary, _) = map.Text("summary", full);
        var (reviewed, _) = map.Date("reviewed", full);
        var (nextReview, _) = map.Date("next_review", full);
        var audience = map.TextList("audience", full);
        var related = map.TextList("related", required: false);
        var sources = map.TextList("sources", full);

        var sections = ImmutableArray.CreateBuilder<Section>();
        foreach (var item in map.List("sections", full))
        {
            if (ReadSection(item, map, locale, full) is { } section)
            {
                sections.Add(section);
            }
        }

        if (id is null || (full && (title is null || summary is null || reviewed is null || nextReview is null)))
        {
            return null;
        }

        var topic = new Topic
        {
            Id = id,
            Title = title ?? "",
            Summary = summary ?? "",
            Audience = [.. audience.Select(a => a.Value)],
            Reviewed = reviewed ?? default,
            NextReview = nextReview ?? default,
            Related = [.. related.Select(r => r.Value)],
            SourceIds = [.. sources.Select(s => s.Value)],
            Sections = sections.ToImmutable(),
            Translation = ReadTranslationInfo(map),
            Locale = locale,
        };
        map.Record(topic);
        return topic;
    }

    private static Section? ReadSection(YNode node, MapReader parent, string locale, bool full)
    {
        var map = MapReader.Open(node, parent.File, "a section", parent.Node, ContentKeys.Section);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (title, _) = map.Text("title", full);
        var (body, _) = map.Text("body", required: false);
        var tips = ImmutableArray.CreateBuilder<Tip>();
        foreach (var item in map.List("tips", required: false))
        {
            if (ReadTip(item, map, locale, full) is { } tip)
            {
                tips.Add(tip);
            }
        }

        if (id is null || (full && title is null))
        {
            return null;
        }

        var section = new Section { Id = id, Title = title ?? "", Body = body ?? "", Tips = tips.ToImmutable(), Translation = ReadTranslationInfo(map), Locale = locale };
        map.Record(section);
        return section;
    }

    private static Tip? ReadTip(YNode node, MapReader parent, string locale, bool full)
    {
        var map = MapReader.Open(node, parent.File, "a tip", parent.Node, ContentKeys.Tip);
        if (map is null)
        {
            return null;
        }

        var (id, _) = map.Text("id");
        var (text, _) = map.Text("text", full);
        var tipAudience = map.TextList("audience", required: false);
        var tipSituations = map.TextList("situations", required: false);
        var trySaying = ReadPhrases(map, "try_saying", PhraseKind.TrySaying, locale, full);
        var avoidSaying = ReadPhrases(map, "avoid_saying", PhraseKind.AvoidSaying, locale, full);
        if (id is null || (full && text is null))
        {
            return null;
        }

        var tip = new Tip
        {
            Id = id,
            Text = text ?? "",
            Audience = [.. tipAudience.Select(a => a.Value)],
            Situations = [.. tipSituations.Select(a => a.Value)],
            TrySaying = trySaying,
            AvoidSaying = avoidSaying,
            Translation = ReadTranslationInfo(map),
            Locale = locale,
        };
        map.Record(tip);
        return tip;
    }

    private static ImmutableArray<Phrase> ReadPhrases(MapReader tip, string key, PhraseKind kind, string locale, bool full)
    {
        var builder = ImmutableArray.CreateBuilder<Phrase>();
        foreach (var item in tip.List(key, required: false))
        {
            var map = MapReader.Open(item, tip.File, "a phrase", tip.Node, kind == PhraseKind.TrySaying ? ContentKeys.TryPhrase : ContentKeys.AvoidPhrase);
            if (map is null)
            {
                continue;
            }

            var (id, _) = map.Text("id");
            var (text, _) = map.Text("text", full);
            var (why, _) = kind == PhraseKind.AvoidSaying ? map.Text("why", required: false) : (null, null);
            var situations = map.TextList("situations", required: false);
            if (id is not null && (text is not null || !full))
            {
                var phrase = new Phrase { Id = id, Kind = kind, Text = text ?? "", Why = why, Situations = [.. situations.Select(a => a.Value)], Translation = ReadTranslationInfo(map), Locale = locale };
                map.Record(phrase);
                builder.Add(phrase);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<Source> ReadSources(string locale, bool isDefault)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        var before = _diagnostics.Count;
        var map = OpenFile(locale + "/sources.yaml", "sources.yaml", ContentKeys.SourceFile, isDefault, out var file);
        if (map is null)
        {
            _map.SourcesUnreadable |= _diagnostics.Skip(before).Any(d => d.IsError);
            return sources.ToImmutable();
        }

        foreach (var item in map.List("sources"))
        {
            var entry = MapReader.Open(item, file, "a source", map.Node, ContentKeys.Source);
            if (entry is null)
            {
                continue;
            }

            var (id, _) = entry.Text("id");
            var (title, _) = entry.Text("title");
            var (organization, _) = entry.Text("organization");
            var (url, _) = entry.Text("url");
            if (id is null)
            {
                continue;
            }

            if (title is null || organization is null || url is null)
            {
                _map.FailedSources.Add(id);
                continue;
            }

            var source = new Source { Id = id, Title = title, Organization = organization, Url = url, Locale = locale };
            entry.Record(source);
            sources.Add(source);
        }

        return sources.ToImmutable();
    }
}
