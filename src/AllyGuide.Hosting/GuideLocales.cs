using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace AllyGuide.Hosting;

/// <summary>Which locale codes a guide can serve: the locales it declares, and their regional forms (<c>es-MX</c>, <c>es-419</c>).</summary>
public static partial class GuideLocales
{
    /// <summary>
    /// Matches a locale code (<c>es-mx</c>, <c>es_MX</c>, <c>EN</c>) to the guide: true when it is a declared locale,
    /// or a declared locale with a script or region added, with the code in its usual form (<c>es-MX</c>). A region
    /// kept in the code chooses the crisis lines; texts fall back along the locale's chain.
    /// </summary>
    public static bool TryMatch(Guide guide, string? code, [NotNullWhen(true)] out string? locale)
    {
        ArgumentNullException.ThrowIfNull(guide);
        locale = null;
        var tag = code?.Trim().Replace('_', '-');
        if (string.IsNullOrEmpty(tag) || !Shape().IsMatch(tag))
        {
            return false;
        }

        var declared = guide.Locales
            .Where(l => string.Equals(l.Code, tag, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(l.Code + "-", StringComparison.OrdinalIgnoreCase))
            .MaxBy(l => l.Code.Length);
        if (declared is null)
        {
            return false;
        }

        var rest = tag[declared.Code.Length..].Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Length == 4
                ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
                : part.ToUpperInvariant());
        locale = string.Join('-', [declared.Code, .. rest]);
        return true;
    }

    /// <summary>A language, an optional script and an optional region: <c>es</c>, <c>es-MX</c>, <c>zh-Hant-TW</c>, <c>es-419</c>.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
