using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>One ally topic, such as listening with empathy, as one locale's file writes it.</summary>
public sealed class Topic
{
    internal Topic()
    {
    }

    /// <summary>Stable id; also the file name and the page name.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Title, plain text; empty in a translation that leaves it out.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>One sentence, plain text; empty in a translation that leaves it out.</summary>
    public string Summary { get; internal init; } = "";

    /// <summary>Who the topic is for: family, friend, partner, parent, coworker, manager, teacher, professional.</summary>
    public ImmutableArray<string> Audience { get; internal init; } = [];

    /// <summary>When the topic was last reviewed.</summary>
    public DateOnly Reviewed { get; internal init; }

    /// <summary>When the topic is next due for review.</summary>
    public DateOnly NextReview { get; internal init; }

    /// <summary>Ids of related topics, as written.</summary>
    public ImmutableArray<string> Related { get; internal init; } = [];

    /// <summary>Ids of the sources behind the topic, as written.</summary>
    public ImmutableArray<string> SourceIds { get; internal init; } = [];

    /// <summary>The topic's sections, in order.</summary>
    public ImmutableArray<Section> Sections { get; internal init; } = [];

    /// <summary>Translation metadata of the topic's own title and summary: pin, draft, note for translators.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;

    /// <summary>The locale this topic's title and summary came from.</summary>
    public string Locale { get; internal init; } = "";
}
