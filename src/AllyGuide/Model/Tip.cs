using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>One piece of practical advice, with phrases to try and to avoid.</summary>
public sealed class Tip
{
    internal Tip()
    {
    }

    /// <summary>Stable id, unique within the topic.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The advice; inline markup (emphasis, links) allowed.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Who the tip is for, when it fits only some of the topic's audience; empty when it fits all of it.</summary>
    public ImmutableArray<string> Audience { get; internal init; } = [];

    /// <summary>The situations the tip is for (<see cref="Situations"/>); its phrases share them.</summary>
    public ImmutableArray<string> Situations { get; internal init; } = [];

    /// <summary>Phrases that help.</summary>
    public ImmutableArray<Phrase> TrySaying { get; internal init; } = [];

    /// <summary>Phrases that tend to hurt.</summary>
    public ImmutableArray<Phrase> AvoidSaying { get; internal init; } = [];

    /// <summary>Translation metadata: pin, draft, note for translators.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;

    /// <summary>The locale this text came from.</summary>
    public string Locale { get; internal init; } = "";
}
