using System.Collections.Immutable;

namespace AllyGuide.Text;

/// <summary>
/// The one rule for links, wherever they come from (content, crisis services, host options): a link uses
/// <c>https:</c>, <c>mailto:</c>, <c>tel:</c> or <c>sms:</c>, or it is not a link.
/// </summary>
public static class LinkPolicy
{
    /// <summary>The schemes, joined for use inside a regular expression.</summary>
    internal const string SchemePattern = "https|mailto|tel|sms";

    /// <summary>The schemes a link may use, without the colon.</summary>
    public static ImmutableArray<string> AllowedSchemes { get; } = ["https", "mailto", "tel", "sms"];

    /// <summary>True when <paramref name="url"/>, trimmed, starts with an allowed scheme and a colon.</summary>
    public static bool IsAllowed(string? url) => SafeUrl(url) is not null;

    /// <summary>The URL, trimmed, when its scheme is allowed; otherwise null.</summary>
    public static string? SafeUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        foreach (var scheme in AllowedSchemes)
        {
            if (trimmed.Length > scheme.Length
                && trimmed[scheme.Length] == ':'
                && trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed;
            }
        }

        return null;
    }

    /// <summary>
    /// The scheme of <paramref name="url"/> in lower case (<c>javascript</c> for <c>JavaScript:alert(1)</c>), or null
    /// when it has none (a relative path, or text before a colon that cannot be a scheme).
    /// </summary>
    public static string? SchemeOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var scheme = url[..colon].Trim().ToLowerInvariant();
        if (scheme.Length == 0 || !char.IsAsciiLetterLower(scheme[0]))
        {
            return null;
        }

        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '+' or '.' or '-'))
            {
                return null;
            }
        }

        return scheme;
    }
}
