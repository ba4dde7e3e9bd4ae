using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>
/// Where a reader gets help now: the region chosen for them, every region, and the fallback. The region is, in order,
/// the reader's or host's explicit choice (<see cref="GetRegion"/>), the region subtag of the locale asked for
/// (<c>es-MX</c> gives Mexico), the first region the locale declares, and otherwise the fallback: a helpline directory
/// and the local emergency number, never another country's lines presented as the reader's own.
/// </summary>
public sealed class LocalizedCrisis
{
    internal LocalizedCrisis()
    {
    }

    /// <summary>The region shown when nobody chose one.</summary>
    public LocalizedRegion Region { get; internal init; } = null!;

    /// <summary>Every region with services: the locale's own regions first, in the order it declares them, then the rest.</summary>
    public ImmutableArray<LocalizedRegion> Regions { get; internal init; } = [];

    /// <summary>What every other place gets.</summary>
    public LocalizedRegion Fallback { get; internal init; } = null!;

    /// <summary>The locale of the reader, whose words these are where a translation has them.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>
    /// The region for a choice: a region id (<c>uk</c>) or an ISO 3166 country code (<c>GB</c>), in any case. With no
    /// choice, <see cref="Region"/>. A country without listed services, or a region without services, gets the fallback.
    /// </summary>
    /// <exception cref="ArgumentException">The choice is neither a region id nor a country code (see <see cref="IsKnownRegion"/>).</exception>
    public LocalizedRegion GetRegion(string? choice = null)
    {
        if (string.IsNullOrWhiteSpace(choice))
        {
            return Region;
        }

        var wanted = choice.Trim();
        if (!IsKnownRegion(wanted))
        {
            throw new ArgumentException($"'{wanted}' is not a crisis region. Use a region id ({string.Join(", ", Regions.Select(r => r.Id))}) or a two-letter country code such as GB.", nameof(choice));
        }

        return Find(wanted) ?? Fallback;
    }

    /// <summary>True when <paramref name="choice"/> is a region id of the guide, or an ISO 3166 country code.</summary>
    public bool IsKnownRegion(string choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var wanted = choice.Trim();
        return Regions.Any(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase))
            || string.Equals(Fallback.Id, wanted, StringComparison.OrdinalIgnoreCase)
            || Countries.IsCountryCode(wanted);
    }

    private LocalizedRegion? Find(string wanted)
    {
        foreach (var region in Regions)
        {
            if (string.Equals(region.Id, wanted, StringComparison.OrdinalIgnoreCase) || region.Countries.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                return region.Services.IsEmpty ? null : region;
            }
        }

        return null;
    }
}

/// <summary>A region's crisis services, in the reader's words.</summary>
public sealed class LocalizedRegion
{
    internal LocalizedRegion()
    {
    }

    /// <summary>The region id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The region's name.</summary>
    public LocalizedText Name { get; internal init; } = LocalizedText.Empty;

    /// <summary>ISO 3166 country codes; empty for the fallback.</summary>
    public ImmutableArray<string> Countries { get; internal init; } = [];

    /// <summary>The emergency number, or null when it varies (the fallback).</summary>
    public string? Emergency { get; internal init; }

    /// <summary>A <c>tel:</c> link to the emergency number, or null.</summary>
    public string? EmergencyHref => Emergency is null ? null : "tel:" + CrisisContact.Dialable(Emergency);

    /// <summary>The services.</summary>
    public ImmutableArray<LocalizedService> Services { get; internal init; } = [];

    /// <summary>True for the fallback region.</summary>
    public bool IsFallback { get; internal init; }

    /// <summary>The translation state of the region's name.</summary>
    public TranslationState State { get; internal init; }
}

/// <summary>A crisis service, in the reader's words.</summary>
public sealed class LocalizedService
{
    internal LocalizedService()
    {
    }

    /// <summary>The service id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The service's name.</summary>
    public LocalizedText Name { get; internal init; } = LocalizedText.Empty;

    /// <summary>What it offers and when.</summary>
    public LocalizedText Description { get; internal init; } = LocalizedText.Empty;

    /// <summary>Its https address.</summary>
    public string Url { get; internal init; } = "";

    /// <summary>When its details were last checked.</summary>
    public DateOnly Verified { get; internal init; }

    /// <summary>When it answers (<c>24/7</c>), or null.</summary>
    public string? Hours { get; internal init; }

    /// <summary>How to reach it.</summary>
    public ImmutableArray<LocalizedContact> Contacts { get; internal init; } = [];

    /// <summary>The translation state of the name and description.</summary>
    public TranslationState State { get; internal init; }
}

/// <summary>One way to reach a service, with its label in the reader's words.</summary>
public sealed class LocalizedContact
{
    internal LocalizedContact()
    {
    }

    /// <summary>Call, text, chat or web.</summary>
    public CrisisContactKind Kind { get; internal init; }

    /// <summary>What the link says, for example "Call 988".</summary>
    public LocalizedText Label { get; internal init; } = LocalizedText.Empty;

    /// <summary>The number, or the https address.</summary>
    public string Value { get; internal init; } = "";

    /// <summary>The link target: <c>tel:</c>, <c>sms:</c> or the address.</summary>
    public string Href { get; internal init; } = "";
}
