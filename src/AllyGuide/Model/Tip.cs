using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>One piece of practical advice, with phrases to try and to avoid.</summary>
/// <param name="Id">Stable id, unique within the topic.</param>
/// <param name="Text">The advice; inline markup (emphasis, links) allowed.</param>
/// <param name="TrySaying">Phrases that help.</param>
/// <param name="AvoidSaying">Phrases that tend to hurt.</param>
/// <param name="Locale">The locale this text came from.</param>
public sealed record Tip(string Id, string Text, ImmutableArray<Phrase> TrySaying, ImmutableArray<Phrase> AvoidSaying, string Locale);
