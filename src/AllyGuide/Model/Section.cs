using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>A titled part of a topic.</summary>
public sealed class Section
{
    internal Section()
    {
    }

    /// <summary>Stable id, unique within the topic.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Heading, plain text.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>Paragraphs; inline markup (emphasis, links) allowed.</summary>
    public string Body { get; internal init; } = "";

    /// <summary>Advice in this section, in order.</summary>
    public ImmutableArray<Tip> Tips { get; internal init; } = [];

    /// <summary>Translation metadata: pin, draft, note for translators.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;

    /// <summary>The locale this text came from.</summary>
    public string Locale { get; internal init; } = "";
}
