namespace AllyGuide.Json;

// The JSON contract. These types are the published shape of `allyguide render --format json` and GuideJson;
// fields are only ever added, never renamed or removed, within a major version.

/// <summary>A topic as JSON: the content, the crisis resources for its locale and the content version.</summary>
public sealed record TopicDocument(
    string ContentVersion,
    string Locale,
    IReadOnlyList<string> FallbackChain,
    TopicContent Topic,
    CrisisDocument Crisis);

/// <summary>The topic's own content.</summary>
public sealed record TopicContent(
    string Id,
    string Title,
    string Summary,
    string Locale,
    IReadOnlyList<string> Audience,
    string Reviewed,
    string NextReview,
    IReadOnlyList<SectionDocument> Sections,
    IReadOnlyList<TopicLinkDocument> Related,
    IReadOnlyList<SourceDocument> Sources);

/// <summary>Text with inline markup in three forms: as written, as safe HTML and as plain text.</summary>
public sealed record RichText(string Markup, string Html, string Text);

/// <summary>A section.</summary>
public sealed record SectionDocument(string Id, string Title, RichText Body, string Locale, IReadOnlyList<TipDocument> Tips);

/// <summary>A tip.</summary>
public sealed record TipDocument(string Id, RichText Text, string Locale, IReadOnlyList<PhraseDocument> TrySaying, IReadOnlyList<PhraseDocument> AvoidSaying);

/// <summary>A phrase to try or avoid.</summary>
public sealed record PhraseDocument(string Id, string Text, string? Why, string Locale);

/// <summary>A related topic.</summary>
public sealed record TopicLinkDocument(string Id, string Title, string Summary);

/// <summary>A source.</summary>
public sealed record SourceDocument(string Id, string Title, string Organization, string Url);

/// <summary>The crisis resources for the topic's locale; <c>Region</c> is the one to show first.</summary>
public sealed record CrisisDocument(string Locale, RegionDocument Region, RegionDocument Fallback, IReadOnlyList<RegionDocument> Regions);

/// <summary>A region's crisis services.</summary>
public sealed record RegionDocument(string Id, string Name, IReadOnlyList<string> Countries, string? Emergency, string? EmergencyHref, IReadOnlyList<ServiceDocument> Services);

/// <summary>A crisis service.</summary>
public sealed record ServiceDocument(string Id, string Name, string Description, string Url, string Verified, IReadOnlyList<ContactDocument> Contacts);

/// <summary>One way to reach a service; <c>Href</c> is a tel:, sms: or https link.</summary>
public sealed record ContactDocument(string Kind, string Label, string Value, string Href);
