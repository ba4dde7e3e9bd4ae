using System.Text.RegularExpressions;

namespace AllyGuide.Rendering;

/// <summary>
/// An output format, keyed by a short name (<c>html</c>, <c>fragment</c>, <c>text</c>, <c>json</c>, or a host's own
/// such as <c>markdown</c>) and the media type its output has. Formats are compared by name, ignoring case.
/// </summary>
public sealed partial class OutputFormat : IEquatable<OutputFormat>
{
    /// <summary>Creates a format.</summary>
    /// <param name="name">Lowercase letters, digits and hyphens, for example <c>markdown</c>; what <c>--format</c> takes.</param>
    /// <param name="mediaType">The media type of the output, for example <c>text/markdown</c>.</param>
    /// <exception cref="ArgumentException">The name or media type is not well formed.</exception>
    public OutputFormat(string name, string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"The format name '{name}' is not valid: use lowercase letters, digits and hyphens, starting with a letter.", nameof(name));
        }

        if (!MediaTypePattern().IsMatch(mediaType))
        {
            throw new ArgumentException($"'{mediaType}' is not a media type such as text/markdown.", nameof(mediaType));
        }

        Name = name;
        MediaType = mediaType;
    }

    /// <summary>A complete HTML document.</summary>
    public static OutputFormat Html { get; } = new("html", "text/html");

    /// <summary>An HTML fragment for embedding in a host page (no <c>html</c>, <c>head</c> or <c>body</c>).</summary>
    public static OutputFormat HtmlFragment { get; } = new("fragment", "text/html");

    /// <summary>Wrapped plain text for terminals, SMS and email.</summary>
    public static OutputFormat Text { get; } = new("text", "text/plain");

    /// <summary>JSON, for apps that lay out the guidance themselves.</summary>
    public static OutputFormat Json { get; } = new("json", "application/json");

    /// <summary>The short name, for example <c>html</c>.</summary>
    public string Name { get; }

    /// <summary>The media type of the output, for example <c>text/html</c>.</summary>
    public string MediaType { get; }

    /// <summary>Formats are equal when their names are, ignoring case.</summary>
    public bool Equals(OutputFormat? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OutputFormat);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    /// <summary>Formats are equal when their names are, ignoring case.</summary>
    public static bool operator ==(OutputFormat? left, OutputFormat? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Formats differ when their names do.</summary>
    public static bool operator !=(OutputFormat? left, OutputFormat? right) => !(left == right);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();
}
