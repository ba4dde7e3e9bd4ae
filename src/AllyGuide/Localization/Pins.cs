using System.Security.Cryptography;
using System.Text;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>
/// Pins: what a translation records of the texts it was made from. A unit's pin is the first 8 hex digits of the SHA-256
/// of its texts (line endings and surrounding white space do not count). A translation's pin is
/// <c>source-target</c>: the pin of the source it was translated from, then the pin of its own texts as they were
/// then. The source part shows drift when the source changes; the target part shows when a translator has since
/// updated the translation, so the tools can pin it again. A pin of the source part alone is read as well.
/// </summary>
public static class Pins
{
    /// <summary>The source part of a written pin (<c>3f2a9c1e</c> of <c>3f2a9c1e-7b6d0a11</c>).</summary>
    public static string SourcePart(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var dash = pin.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? pin : pin[..dash]).Trim();
    }

    /// <summary>The target part of a written pin, or null when it has none.</summary>
    public static string? TargetPart(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var dash = pin.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? null : pin[(dash + 1)..].Trim();
    }

    /// <summary>The pin of texts in order, as translations are pinned: the same hash as a unit of those texts.</summary>
    public static string OfTexts(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Hash([.. texts]);
    }

    /// <summary>The pin of a topic's own title and summary.</summary>
    public static string Of(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Hash(topic.Title, topic.Summary);
    }

    /// <summary>The pin of a section's title and body.</summary>
    public static string Of(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Hash(section.Title, section.Body);
    }

    /// <summary>The pin of a tip's text.</summary>
    public static string Of(Tip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        return Hash(tip.Text);
    }

    /// <summary>The pin of a phrase and its reason.</summary>
    public static string Of(Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return Hash(phrase.Text, phrase.Why ?? "");
    }

    /// <summary>The pin of an interface string, all its plural forms included.</summary>
    public static string Of(UiString value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Hash([value.Text, .. value.Forms.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)]);
    }

    /// <summary>The pin of a region's name.</summary>
    public static string Of(CrisisRegionText region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Hash(region.Name);
    }

    /// <summary>The pin of a service's name, description and own labels.</summary>
    public static string Of(CrisisServiceText service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return Hash([service.Name, service.Description, .. service.Labels.OrderBy(l => l.Key).Select(l => l.Key + "=" + l.Value)]);
    }

    private static string Hash(params string[] texts)
    {
        var joined = string.Join('\u001F', texts.Select(t => t.ReplaceLineEndings("\n").Trim()));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return Convert.ToHexStringLower(hash)[..8];
    }
}
