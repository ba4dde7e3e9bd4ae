using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>One ally topic, such as listening with empathy.</summary>
/// <param name="Id">Stable id; also the file name and the page name.</param>
/// <param name="Title">Title, plain text.</param>
/// <param name="Summary">One sentence, plain text.</param>
/// <param name="Audience">Who the topic is for: family, friend, partner, parent, coworker, manager, teacher, professional.</param>
/// <param name="Reviewed">When the topic was last reviewed.</param>
/// <param name="NextReview">When the topic is next due for review.</param>
/// <param name="Related">Ids of related topics.</param>
/// <param name="SourceIds">Ids of the sources behind the topic.</param>
/// <param name="Sections">The topic's sections, in order.</param>
/// <param name="Locale">The locale this topic's title and summary came from.</param>
public sealed record Topic(
    string Id,
    string Title,
    string Summary,
    ImmutableArray<string> Audience,
    DateOnly Reviewed,
    DateOnly NextReview,
    ImmutableArray<string> Related,
    ImmutableArray<string> SourceIds,
    ImmutableArray<Section> Sections,
    string Locale);
