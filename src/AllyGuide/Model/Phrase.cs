namespace AllyGuide.Model;

/// <summary>Whether a phrase is one to use or one to avoid.</summary>
public enum PhraseKind
{
    /// <summary>Words that help.</summary>
    TrySaying,

    /// <summary>Words that tend to hurt, with an optional reason.</summary>
    AvoidSaying,
}

/// <summary>Something to say, or not to say, to the person being supported.</summary>
public sealed class Phrase
{
    internal Phrase()
    {
    }

    /// <summary>Stable id, unique within the topic.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Try or avoid.</summary>
    public PhraseKind Kind { get; internal init; }

    /// <summary>The words themselves, plain text.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Why to avoid it, plain text; only for <see cref="PhraseKind.AvoidSaying"/>.</summary>
    public string? Why { get; internal init; }

    /// <summary>Situations the phrase fits (<see cref="Model.Situations"/>) besides those of its tip.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Situations { get; internal init; } = [];

    /// <summary>Translation metadata: pin, draft, note for translators.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;

    /// <summary>The locale this text came from.</summary>
    public string Locale { get; internal init; } = "";
}
