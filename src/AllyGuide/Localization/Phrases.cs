using System.Collections.Immutable;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Localization;

/// <summary>
/// What to look for among the guide's phrases. Every criterion left null matches everything; the criteria combine
/// with "and". Unknown topic ids, audience tags and situation tags are refused, so a typing mistake never reads as
/// "no phrases".
/// </summary>
public sealed record PhraseQuery
{
    /// <summary>Every phrase of the guide, in the default locale.</summary>
    public static PhraseQuery All { get; } = new();

    /// <summary>Only phrases of this topic (an id such as <c>listening</c>).</summary>
    public string? Topic { get; init; }

    /// <summary>Only phrases whose tip is for this audience (<see cref="Audiences.All"/>).</summary>
    public string? Audience { get; init; }

    /// <summary>Only phrases tagged with this situation, on the phrase or its tip (<see cref="Situations.All"/>).</summary>
    public string? Situation { get; init; }

    /// <summary>Only phrases to try, or only phrases to avoid.</summary>
    public PhraseKind? Kind { get; init; }

    /// <summary>The reader's locale (falls back unit by unit like any text); null for the default locale.</summary>
    public string? Locale { get; init; }
}

/// <summary>One phrase found by a <see cref="PhraseQuery"/>, with where it comes from and whom it fits.</summary>
public sealed class PhraseMatch
{
    internal PhraseMatch()
    {
    }

    /// <summary>The topic the phrase belongs to.</summary>
    public string TopicId { get; internal init; } = "";

    /// <summary>The topic's title in the reader's locale.</summary>
    public LocalizedText TopicTitle { get; internal init; } = LocalizedText.Empty;

    /// <summary>The section the phrase belongs to.</summary>
    public string SectionId { get; internal init; } = "";

    /// <summary>The tip the phrase belongs to; its advice is the phrase's context.</summary>
    public LocalizedTip Tip { get; internal init; } = null!;

    /// <summary>The phrase: words, kind, reason (for phrases to avoid), situations and translation state.</summary>
    public LocalizedPhrase Phrase { get; internal init; } = null!;

    /// <summary>Who the phrase fits: its tip's audience.</summary>
    public ImmutableArray<string> Audience => Tip.Audience;
}

/// <summary>The phrases a <see cref="PhraseQuery"/> found, in reading order, with the locale they were resolved for.</summary>
public sealed class PhraseSet
{
    internal PhraseSet()
    {
    }

    /// <summary>The query that found them.</summary>
    public PhraseQuery Query { get; internal init; } = PhraseQuery.All;

    /// <summary>The resolved locale.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public ImmutableArray<string> FallbackChain { get; internal init; } = [];

    /// <summary>The content version.</summary>
    public ContentVersion ContentVersion { get; internal init; } = null!;

    /// <summary>The phrases found: topics in reading order, then sections, tips and phrases as written.</summary>
    public ImmutableArray<PhraseMatch> Items { get; internal init; } = [];

    internal static PhraseSet Find(LocalizedGuide guide, PhraseQuery query)
    {
        Check(query.Topic, guide.Topics.Select(t => t.Id), "topic");
        Check(query.Audience, Audiences.All, "audience");
        Check(query.Situation, Situations.All, "situation");
        var items = ImmutableArray.CreateBuilder<PhraseMatch>();
        foreach (var topic in guide.Topics.Where(t => query.Topic is null || t.Id == query.Topic))
        {
            foreach (var section in topic.Sections)
            {
                foreach (var tip in section.Tips.Where(t => query.Audience is null || t.Audience.Contains(query.Audience)))
                {
                    foreach (var phrase in tip.TrySaying.Concat(tip.AvoidSaying))
                    {
                        if ((query.Kind is null || phrase.Kind == query.Kind) && (query.Situation is null || phrase.Situations.Contains(query.Situation)))
                        {
                            items.Add(new PhraseMatch { TopicId = topic.Id, TopicTitle = topic.Title, SectionId = section.Id, Tip = tip, Phrase = phrase });
                        }
                    }
                }
            }
        }

        return new PhraseSet { Query = query, Locale = guide.Locale, FallbackChain = guide.FallbackChain, ContentVersion = guide.ContentVersion, Items = items.ToImmutable() };
    }

    private static void Check(string? value, IEnumerable<string> known, string what)
    {
        if (value is not null && !known.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException(Suggestions.Unknown(what, value, [.. known]), what);
        }
    }
}

/// <summary>The guide for one audience (parents, partners, managers, ...): the topics for them and, in each, the tips that fit them.</summary>
public sealed class AudienceView
{
    internal AudienceView()
    {
    }

    /// <summary>The audience tag (<see cref="Audiences.All"/>).</summary>
    public string Audience { get; internal init; } = "";

    /// <summary>The resolved locale.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The topics for the audience, in reading order, each with the tips that fit it.</summary>
    public ImmutableArray<AudienceTopic> Topics { get; internal init; } = [];

    internal static AudienceView For(LocalizedGuide guide, string audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        if (!Audiences.All.Contains(audience))
        {
            throw new ArgumentException(Suggestions.Unknown("audience", audience, Audiences.All), nameof(audience));
        }

        return new AudienceView
        {
            Audience = audience,
            Locale = guide.Locale,
            Topics =
            [
                .. guide.Topics.Where(t => t.Audience.Contains(audience)).Select(t => new AudienceTopic
                {
                    Topic = t,
                    Tips = [.. t.Sections.SelectMany(s => s.Tips).Where(tip => tip.Audience.Contains(audience))],
                }),
            ],
        };
    }
}

/// <summary>A topic in an <see cref="AudienceView"/>, with the tips that fit the audience.</summary>
public sealed class AudienceTopic
{
    internal AudienceTopic()
    {
    }

    /// <summary>The topic, whole.</summary>
    public LocalizedTopic Topic { get; internal init; } = null!;

    /// <summary>The topic's tips that fit the audience, in order.</summary>
    public ImmutableArray<LocalizedTip> Tips { get; internal init; } = [];
}
