using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>How a crisis service can be reached.</summary>
public enum CrisisContactKind
{
    /// <summary>A phone call; rendered as a <c>tel:</c> link.</summary>
    Call,

    /// <summary>A text message; rendered as an <c>sms:</c> link.</summary>
    Text,

    /// <summary>An online chat; rendered as an https link.</summary>
    Chat,

    /// <summary>A website; rendered as an https link.</summary>
    Web,
}

/// <summary>One way to reach a crisis service.</summary>
/// <param name="Kind">Call, text, chat or web.</param>
/// <param name="Label">What the link says, for example "Call 988".</param>
/// <param name="Value">The number to call or text, or the https address.</param>
public sealed record CrisisContact(CrisisContactKind Kind, string Label, string Value)
{
    /// <summary>The link target: <c>tel:</c>, <c>sms:</c> or the https address.</summary>
    public string Href => Kind switch
    {
        CrisisContactKind.Call => "tel:" + Dialable(Value),
        CrisisContactKind.Text => "sms:" + Dialable(Value),
        _ => Value,
    };

    private static string Dialable(string number) =>
        new(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}

/// <summary>A crisis service such as a helpline.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">The service's name.</param>
/// <param name="Description">What it offers and when, plain text.</param>
/// <param name="Url">The service's own https address.</param>
/// <param name="Verified">When the details were last checked against the service.</param>
/// <param name="Contacts">How to reach it.</param>
/// <param name="Locale">The locale this text came from.</param>
public sealed record CrisisService(string Id, string Name, string Description, string Url, DateOnly Verified, ImmutableArray<CrisisContact> Contacts, string Locale);

/// <summary>The crisis services of one region.</summary>
/// <param name="Id">Stable id, for example <c>us</c>.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Countries">ISO 3166 country codes the region covers; empty for the fallback region.</param>
/// <param name="Emergency">The emergency number, for example 911; null when it varies.</param>
/// <param name="Services">The region's services.</param>
/// <param name="Locale">The locale this text came from.</param>
public sealed record CrisisRegion(string Id, string Name, ImmutableArray<string> Countries, string? Emergency, ImmutableArray<CrisisService> Services, string Locale)
{
    /// <summary>A <c>tel:</c> link to the emergency number, or null.</summary>
    public string? EmergencyHref => Emergency is null ? null : new CrisisContact(CrisisContactKind.Call, Emergency, Emergency).Href;
}

/// <summary>Where to get help now, for one locale.</summary>
/// <param name="DefaultRegion">The region shown first for this locale.</param>
/// <param name="Regions">Every region with services, in order.</param>
/// <param name="Fallback">What to show for every other region.</param>
/// <param name="Locale">The locale these resources came from.</param>
public sealed record CrisisResources(string DefaultRegion, ImmutableArray<CrisisRegion> Regions, CrisisRegion Fallback, string Locale)
{
    /// <summary>
    /// The region to show first. With no <paramref name="regionId"/>, the locale's default region. With one (a region id
    /// or a country code), that region; a place with no services listed gets the fallback, never another country's lines.
    /// </summary>
    public CrisisRegion GetRegion(string? regionId = null)
    {
        var wanted = string.IsNullOrWhiteSpace(regionId) ? DefaultRegion : regionId.Trim();
        foreach (var region in Regions)
        {
            if (string.Equals(region.Id, wanted, StringComparison.OrdinalIgnoreCase)
                || region.Countries.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                return region;
            }
        }

        return Fallback;
    }
}
