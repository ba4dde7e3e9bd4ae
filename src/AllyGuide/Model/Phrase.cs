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
/// <param name="Id">Stable id, unique within the topic.</param>
/// <param name="Kind">Try or avoid.</param>
/// <param name="Text">The words themselves, plain text.</param>
/// <param name="Why">Why to avoid it, plain text; only for <see cref="PhraseKind.AvoidSaying"/>.</param>
/// <param name="Locale">The locale this text came from.</param>
public sealed record Phrase(string Id, PhraseKind Kind, string Text, string? Why, string Locale);
