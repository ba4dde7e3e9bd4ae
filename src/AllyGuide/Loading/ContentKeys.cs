using System.Collections.Immutable;

namespace AllyGuide.Loading;

/// <summary>The keys each kind of mapping in a content file may hold; the JSON Schemas under <c>content/schema</c> list the same.</summary>
internal static class ContentKeys
{
    public const int SchemaVersion = 1;

    public static readonly ImmutableArray<string> Guide = ["schema", "content_version", "default_locale", "locales", "topics", "start_here"];
    public static readonly ImmutableArray<string> Locale = ["code", "name"];
    public static readonly ImmutableArray<string> UiFile = ["schema", "strings"];
    public static readonly ImmutableArray<string> Topic = ["schema", "id", "title", "summary", "audience", "reviewed", "next_review", "related", "sources", "sections"];
    public static readonly ImmutableArray<string> Section = ["id", "title", "body", "tips"];
    public static readonly ImmutableArray<string> Tip = ["id", "text", "try_saying", "avoid_saying"];
    public static readonly ImmutableArray<string> TryPhrase = ["id", "text"];
    public static readonly ImmutableArray<string> AvoidPhrase = ["id", "text", "why"];
    public static readonly ImmutableArray<string> SourceFile = ["schema", "sources"];
    public static readonly ImmutableArray<string> Source = ["id", "title", "organization", "url"];
    public static readonly ImmutableArray<string> CrisisFile = ["schema", "default_region", "regions", "fallback"];
    public static readonly ImmutableArray<string> Region = ["id", "name", "countries", "emergency", "services"];
    public static readonly ImmutableArray<string> Service = ["id", "name", "description", "url", "verified", "contacts"];
    public static readonly ImmutableArray<string> Contact = ["kind", "label", "value"];
    public static readonly ImmutableArray<string> ContactKinds = ["call", "text", "chat", "web"];

    /// <summary>Folders at the content root that are not locales.</summary>
    public static readonly ImmutableArray<string> NonLocaleFolders = ["templates", "schema"];
}
