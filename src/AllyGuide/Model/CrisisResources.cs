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

/// <summary>
/// The crisis services of every region, kept once for all locales (<c>content/crisis.yaml</c>): numbers, addresses,
/// hours, contact kinds and verified dates. Names and descriptions are texts each locale writes (<see cref="CrisisTexts"/>).
/// </summary>
public sealed class CrisisRegistry
{
    internal CrisisRegistry()
    {
    }

    /// <summary>Every region with services, in order.</summary>
    public ImmutableArray<CrisisRegion> Regions { get; internal init; } = [];

    /// <summary>What every other place gets: a directory of helplines, and the advice to call the local emergency number.</summary>
    public CrisisRegion Fallback { get; internal init; } = null!;
}

/// <summary>One way to reach a crisis service.</summary>
public sealed class CrisisContact
{
    internal CrisisContact()
    {
    }

    /// <summary>Call, text, chat or web.</summary>
    public CrisisContactKind Kind { get; internal init; }

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

/// <summary>A crisis service such as a helpline: the facts, the same in every language.</summary>
public sealed class CrisisService
{
    internal CrisisService()
    {
    }

    /// <summary>Stable id; each locale's texts name and describe the service under it.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The service's own https address.</summary>
    public string Url { get; internal init; } = "";

    /// <summary>When the details were last checked against the service.</summary>
    public DateOnly Verified { get; internal init; }

    /// <summary>When it answers: <c>24/7</c>, or null when the registry does not say.</summary>
    public string? Hours { get; internal init; }

    /// <summary>How to reach it.</summary>
    public ImmutableArray<CrisisContact> Contacts { get; internal init; } = [];
}

/// <summary>The crisis services of one region.</summary>
public sealed class CrisisRegion
{
    internal CrisisRegion()
    {
    }

    /// <summary>Stable id, for example <c>us</c>.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>ISO 3166 country codes the region covers; empty for the fallback region.</summary>
    public ImmutableArray<string> Countries { get; internal init; } = [];

    /// <summary>The emergency number, for example 911; null when it varies (the fallback).</summary>
    public string? Emergency { get; internal init; }

    /// <summary>The region's services.</summary>
    public ImmutableArray<CrisisService> Services { get; internal init; } = [];

    /// <summary>A <c>tel:</c> link to the emergency number, or null.</summary>
    public string? EmergencyHref => Emergency is null ? null : "tel:" + CrisisContact.Dialable(Emergency);
}

/// <summary>One locale's words for the crisis registry: region names, service names and descriptions, link labels.</summary>
public sealed class CrisisTexts
{
    internal CrisisTexts()
    {
    }

    /// <summary>Region names, by region id, in file order.</summary>
    public ImmutableArray<CrisisRegionText> Regions { get; internal init; } = [];

    /// <summary>Service texts, by service id, in file order.</summary>
    public ImmutableArray<CrisisServiceText> Services { get; internal init; } = [];

    /// <summary>The locale these texts are written in.</summary>
    public string Locale { get; internal init; } = "";
}

/// <summary>A region's name in one locale.</summary>
public sealed class CrisisRegionText
{
    internal CrisisRegionText()
    {
    }

    /// <summary>The region id in the registry.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The region's name, for example "United Kingdom".</summary>
    public string Name { get; internal init; } = "";

    /// <summary>Translation metadata.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;
}

/// <summary>A service's texts in one locale.</summary>
public sealed class CrisisServiceText
{
    internal CrisisServiceText()
    {
    }

    /// <summary>The service id in the registry.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The service's name, as the service itself names it where it can.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>The language of the name when it is not the file's (a Spanish service's name in an English file); null otherwise.</summary>
    public string? NameLanguage { get; internal init; }

    /// <summary>What it offers and when, plain text.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>
    /// Link labels this service words its own way, by contact kind (for example "Chat online at 988lifeline.org");
    /// every other label comes from the interface strings (<c>contact_call</c>: "Call {number}").
    /// </summary>
    public ImmutableDictionary<CrisisContactKind, string> Labels { get; internal init; } = ImmutableDictionary<CrisisContactKind, string>.Empty;

    /// <summary>Translation metadata.</summary>
    public TranslationInfo Translation { get; internal init; } = TranslationInfo.None;
}
