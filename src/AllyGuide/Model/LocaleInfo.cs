namespace AllyGuide.Model;

/// <summary>A locale the guide is written in.</summary>
/// <param name="Code">BCP 47 code, for example <c>en</c> or <c>es-MX</c>.</param>
/// <param name="Name">The locale's name in its own language, for example <c>Español</c>.</param>
public sealed record LocaleInfo(string Code, string Name);
