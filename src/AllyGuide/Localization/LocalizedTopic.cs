using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>A link to another topic, with its title and summary in the reader's locale.</summary>
public sealed class TopicLink
{
    internal TopicLink()
    {
    }

    /// <summary>The topic id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The topic title.</summary>
    public LocalizedText Title { get; internal init; } = LocalizedText.Empty;

    /// <summary>The topic summary.</summary>
    public LocalizedText Summary { get; internal init; } = LocalizedText.Empty;
}

/// <summary>
/// A topic ready to render for one locale: every text taken from the most specific locale that has it, field by
/// field, each remembering its own locale; each unit's translation state; and the crisis services, sources and
/// strings around it.
/// </summary>
public sealed class LocalizedTopic
{
    internal LocalizedTopic()
    {
    }

    /// <summary>The topic id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The title.</summary>
    public LocalizedText Title { get; internal init; } = LocalizedText.Empty;

    /// <summary>One sentence.</summary>
    public LocalizedText Summary { get; internal init; } = LocalizedText.Empty;

    /// <summary>The translation state of the title and summary.</summary>
    public TranslationState State { get; internal init; }

    /// <summary>Who the topic is for.</summary>
    public ImmutableArray<string> Audience { get; internal init; } = [];

    /// <summary>When the topic was last reviewed.</summary>
    public DateOnly Reviewed { get; internal init; }

    /// <summary>When the topic is next due for review.</summary>
    public DateOnly NextReview { get; internal init; }

    /// <summary>The sections, in the order of the default locale.</summary>
    public ImmutableArray<LocalizedSection> Sections { get; internal init; } = [];

    /// <summary>The topic as the default locale writes it, which every translation follows.</summary>
    public Topic Source { get; internal init; } = null!;

    /// <summary>The locale that was asked for, resolved to a declared one.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public ImmutableArray<string> FallbackChain { get; internal init; } = [];

    /// <summary>The topic's sources, resolved.</summary>
    public ImmutableArray<Source> Sources { get; internal init; } = [];

    /// <summary>The topic before this one in reading order; null for the first.</summary>
    public TopicLink? Previous { get; internal init; }

    /// <summary>The topic after this one in reading order; null for the last.</summary>
    public TopicLink? Next { get; internal init; }

    /// <summary>The related topics, resolved.</summary>
    public ImmutableArray<TopicLink> Related { get; internal init; } = [];

    /// <summary>The crisis services for the reader.</summary>
    public LocalizedCrisis Crisis { get; internal init; } = null!;

    /// <summary>The topic on what to do in a crisis (<c>crisis_topic</c> in <c>guide.yaml</c>), which crisis help links to; null for none.</summary>
    public TopicLink? CrisisTopic { get; internal init; }

    /// <summary>The interface strings for the locale, each with its own locale.</summary>
    public UiStrings Ui { get; internal init; } = UiStrings.Empty;

    /// <summary>The content version.</summary>
    public ContentVersion ContentVersion { get; internal init; } = null!;
}

/// <summary>A section for one locale.</summary>
public sealed class LocalizedSection
{
    internal LocalizedSection()
    {
    }

    /// <summary>The section id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The heading.</summary>
    public LocalizedText Title { get; internal init; } = LocalizedText.Empty;

    /// <summary>The paragraphs, with inline markup.</summary>
    public LocalizedText Body { get; internal init; } = LocalizedText.Empty;

    /// <summary>The tips, in order.</summary>
    public ImmutableArray<LocalizedTip> Tips { get; internal init; } = [];

    /// <summary>The translation state of the title and body.</summary>
    public TranslationState State { get; internal init; }
}

/// <summary>A tip for one locale.</summary>
public sealed class LocalizedTip
{
    internal LocalizedTip()
    {
    }

    /// <summary>The tip id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The advice, with inline markup.</summary>
    public LocalizedText Text { get; internal init; } = LocalizedText.Empty;

    /// <summary>Who the tip is for: its own audience tags, or the topic's when it has none.</summary>
    public ImmutableArray<string> Audience { get; internal init; } = [];

    /// <summary>The situations the tip is for (<see cref="Model.Situations"/>).</summary>
    public ImmutableArray<string> Situations { get; internal init; } = [];

    /// <summary>Phrases that help.</summary>
    public ImmutableArray<LocalizedPhrase> TrySaying { get; internal init; } = [];

    /// <summary>Phrases that tend to hurt.</summary>
    public ImmutableArray<LocalizedPhrase> AvoidSaying { get; internal init; } = [];

    /// <summary>The translation state of the advice.</summary>
    public TranslationState State { get; internal init; }
}

/// <summary>A phrase for one locale.</summary>
public sealed class LocalizedPhrase
{
    internal LocalizedPhrase()
    {
    }

    /// <summary>The phrase id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Try or avoid.</summary>
    public PhraseKind Kind { get; internal init; }

    /// <summary>The words.</summary>
    public LocalizedText Text { get; internal init; } = LocalizedText.Empty;

    /// <summary>Why to avoid it; null for phrases to try.</summary>
    public LocalizedText? Why { get; internal init; }

    /// <summary>The situations the phrase fits: its own tags and its tip's, in the order of <see cref="Model.Situations.All"/>.</summary>
    public ImmutableArray<string> Situations { get; internal init; } = [];

    /// <summary>The translation state of the words and reason.</summary>
    public TranslationState State { get; internal init; }
}

/// <summary>The guide resolved for one locale: topics in reading order, with crisis services and strings.</summary>
public sealed class LocalizedGuide
{
    internal LocalizedGuide()
    {
    }

    /// <summary>The resolved locale: the most specific declared locale of the request.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public ImmutableArray<string> FallbackChain { get; internal init; } = [];

    /// <summary>Every topic, in reading order.</summary>
    public ImmutableArray<LocalizedTopic> Topics { get; internal init; } = [];

    /// <summary>The "start here" reading path.</summary>
    public ImmutableArray<TopicLink> StartHere { get; internal init; } = [];

    /// <summary>The crisis services for the reader.</summary>
    public LocalizedCrisis Crisis { get; internal init; } = null!;

    /// <summary>The topic on what to do in a crisis (<c>crisis_topic</c> in <c>guide.yaml</c>), which crisis help links to; null for none.</summary>
    public TopicLink? CrisisTopic { get; internal init; }

    /// <summary>The interface strings for the locale.</summary>
    public UiStrings Ui { get; internal init; } = UiStrings.Empty;

    /// <summary>The content version.</summary>
    public ContentVersion ContentVersion { get; internal init; } = null!;

    /// <summary>The audiences at least one topic is for, in the order of <see cref="Model.Audiences.All"/>: those with a view and a page.</summary>
    public ImmutableArray<string> Audiences { get; internal init; } = [];

    /// <summary>The guide for one audience: the topics for them, in reading order, and in each the tips that fit them.</summary>
    /// <param name="audience">An audience tag (<see cref="Model.Audiences.All"/>), such as <c>parent</c>.</param>
    /// <exception cref="ArgumentException">The tag is not an audience; the message lists them.</exception>
    public AudienceView ForAudience(string audience) => AudienceView.For(this, audience);

    /// <summary>The phrases that match <paramref name="query"/> in this locale (the query's own locale is not used here).</summary>
    /// <exception cref="ArgumentException">The query names an unknown topic, audience or situation.</exception>
    public PhraseSet Phrases(PhraseQuery? query = null) => PhraseSet.Find(this, query ?? PhraseQuery.All);
}
