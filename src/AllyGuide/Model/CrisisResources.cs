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
public sealed class CrisisContact
{
    internal CrisisContact()
    {
    }

    /// <summary>Call, text, chat or web.</summary>
    public CrisisContactKind Kind { get; internal init; }

    /// <summary>What the link says, for example "Call 988".</summary>
    public string Label { get; internal init; } = "";

    /// <summary>The number to call or text, or the https address.</summary>
    public string Value { get; internal init; } = "";

    /// <summary>The link target: <c>tel:</c>, <c>sms:</c> or the address as written.</summary>
    public string Href => Kind switch
    {
        CrisisContactKind.Call => "tel:" + Dialable(Value),
        CrisisContactKind.Text => "sms:" + Dialable(Value),
        _ => Value,
    };

    /// <summary>A phone number as a <c>tel:</c> or <c>sms:</c> link wants it: digits and a leading plus only.</summary>
    internal static string Dialable(string number) =>
        new(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}

/// <summary>A crisis service such as a helpline.</summary>
public sealed class CrisisService
{
    internal CrisisService()
    {
    }

    /// <summary>Stable id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The service's name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>What it offers and when, plain text.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>The service's own https address.</summary>
    public string Url { get; internal init; } = "";

    /// <summary>When the details were last checked against the service.</summary>
    public DateOnly Verified { get; internal init; }

    /// <summary>How to reach it.</summary>
    public ImmutableArray<CrisisContact> Contacts { get; internal init; } = [];

    /// <summary>The locale this text came from.</summary>
    public string Locale { get; internal init; } = "";
}

/// <summary>The crisis services of one region.</summary>
public sealed class CrisisRegion
{
    internal CrisisRegion()
    {
    }

    /// <summary>Stable id, for example <c>us</c>.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The region's name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>ISO 3166 country codes the region covers; empty for the fallback region.</summary>
    public ImmutableArray<string> Countries { get; internal init; } = [];

    /// <summary>The emergency number, for example 911; null when it varies.</summary>
    public string? Emergency { get; internal init; }

    /// <summary>The region's services.</summary>
    public ImmutableArray<CrisisService> Services { get; internal init; } = [];

    /// <summary>The locale this text came from.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>A <c>tel:</c> link to the emergency number, or null.</summary>
    public string? EmergencyHref => Emergency is null ? null : "tel:" + CrisisContact.Dialable(Emergency);
}

/// <summary>Where to get help now, for one locale.</summary>
public sealed class CrisisResources
{
    internal CrisisResources()
    {
    }

    /// <summary>The region shown first for this locale.</summary>
    public string DefaultRegion { get; internal init; } = "";

    /// <summary>Every region with services, in order.</summary>
    public ImmutableArray<CrisisRegion> Regions { get; internal init; } = [];

    /// <summary>What to show for every other region.</summary>
    public CrisisRegion Fallback { get; internal init; } = null!;

    /// <summary>The locale these resources came from.</summary>
    public string Locale { get; internal init; } = "";

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
