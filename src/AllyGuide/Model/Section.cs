using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>A titled part of a topic.</summary>
/// <param name="Id">Stable id, unique within the topic.</param>
/// <param name="Title">Heading, plain text.</param>
/// <param name="Body">Paragraphs; inline markup (emphasis, links) allowed.</param>
/// <param name="Tips">Advice in this section, in order.</param>
/// <param name="Locale">The locale this text came from.</param>
public sealed record Section(string Id, string Title, string Body, ImmutableArray<Tip> Tips, string Locale);
