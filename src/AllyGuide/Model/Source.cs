namespace AllyGuide.Model;

/// <summary>A published source the guidance draws on.</summary>
/// <param name="Id">Stable id, referenced by topics.</param>
/// <param name="Title">The page or publication title.</param>
/// <param name="Organization">Who published it.</param>
/// <param name="Url">An https address.</param>
/// <param name="Locale">The locale this entry came from.</param>
public sealed record Source(string Id, string Title, string Organization, string Url, string Locale);
