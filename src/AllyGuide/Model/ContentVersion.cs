using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AllyGuide.Model;

/// <summary>
/// The semantic version of the content, independent of the library's own version. Compared by value:
/// two versions are equal when every part is.
/// </summary>
public sealed partial record ContentVersion
{
    /// <summary>Incremented when topics are removed or renamed.</summary>
    public int Major { get; init; }

    /// <summary>Incremented when topics or units are added.</summary>
    public int Minor { get; init; }

    /// <summary>Incremented for wording fixes.</summary>
    public int Patch { get; init; }

    /// <summary>An optional pre-release label, without the leading hyphen.</summary>
    public string? PreRelease { get; init; }

    /// <summary>Parses <c>MAJOR.MINOR.PATCH[-label]</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ContentVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        var match = SemVer().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new ContentVersion
        {
            Major = major,
            Minor = minor,
            Patch = patch,
            PreRelease = match.Groups[4].Success ? match.Groups[4].Value : null,
        };
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => PreRelease is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
        : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}-{PreRelease}");

    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
