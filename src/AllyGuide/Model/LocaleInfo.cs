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
}
