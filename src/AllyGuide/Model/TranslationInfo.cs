namespace AllyGuide.Model;

/// <summary>
/// What a translation file says about one translated unit besides its text: the pin the tools wrote (a short hash of
/// the source text it was translated from), whether the translator marked it as a draft, and a note for translators.
/// </summary>
public sealed record TranslationInfo
{
    /// <summary>Nothing: no pin, not a draft, no note.</summary>
    public static TranslationInfo None { get; } = new();

    /// <summary>The short hash of the source unit this text was translated from, written by the tools; null when not pinned.</summary>
    public string? Pin { get; init; }

    /// <summary>True when the translator marked the unit as a draft: it is not shown to readers until it is not.</summary>
    public bool Draft { get; init; }

    /// <summary>Context for translators (tone, where it is shown, what must not change); never shown to readers.</summary>
    public string? Note { get; init; }
}
