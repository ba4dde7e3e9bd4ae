using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>A locale the guide is written in.</summary>
public sealed class LocaleInfo
{
    internal LocaleInfo()
    {
    }

    /// <summary>BCP 47 code, for example <c>en</c> or <c>es-MX</c>.</summary>
    public string Code { get; internal init; } = "";

    /// <summary>The locale's name in its own language, for example <c>Español</c>.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>
    /// The crisis regions the locale's readers most likely live in, in order, as written (region ids or ISO 3166
    /// country codes). The first is shown when neither the reader nor the locale's own region subtag says otherwise.
    /// </summary>
    public ImmutableArray<string> Regions { get; internal init; } = [];
}
