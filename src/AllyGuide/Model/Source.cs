namespace AllyGuide.Model;

/// <summary>A published source the guidance draws on.</summary>
public sealed class Source
{
    internal Source()
    {
    }

    /// <summary>Stable id, referenced by topics.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The page or publication title.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>Who published it.</summary>
    public string Organization { get; internal init; } = "";

    /// <summary>An https address.</summary>
    public string Url { get; internal init; } = "";

    /// <summary>The locale this entry came from.</summary>
    public string Locale { get; internal init; } = "";
}
