using System.Collections.Immutable;

namespace AllyGuide.Loading;

/// <summary>The keys each kind of mapping in a content file may hold; the JSON Schemas under <c>content/schema</c> list the same.</summary>
internal static class ContentKeys
{
    /// <summary>What any translatable unit may hold besides its text: the tools' pin, a draft mark, a note for translators.</summary>
    public static readonly ImmutableArray<string> Translation = ["pin", "draft", "note"];

    /// <summary>CLDR plural categories.</summary>
    public static readonly ImmutableArray<string> PluralCategories = ["zero", "one", "two", "few", "many", "other"];

    public const int SchemaVersion = 1;

    public static readonly ImmutableArray<string> Guide = ["schema", "content_version", "default_locale", "locales", "topics", "start_here", "crisis_topic"];
    public static readonly ImmutableArray<string> Locale = ["code", "name", "regions"];
    public static readonly ImmutableArray<string> UiFile = ["schema", "strings"];

    /// <summary>What an interface string written as a mapping may hold: its text or its plural forms, and translation metadata.</summary>
    public static readonly ImmutableArray<string> UiString = ["text", .. PluralCategories, .. Translation];
    public static readonly ImmutableArray<string> Topic = ["schema", "id", "title", "summary", "audience", "reviewed", "next_review", "related", "sources", "sections", .. Translation];
    public static readonly ImmutableArray<string> Section = ["id", "title", "body", "tips", .. Translation];
    public static readonly ImmutableArray<string> Tip = ["id", "text", "audience", "situations", "try_saying", "avoid_saying", .. Translation];
    public static readonly ImmutableArray<string> TryPhrase = ["id", "text", "situations", .. Translation];
    public static readonly ImmutableArray<string> AvoidPhrase = ["id", "text", "why", "situations", .. Translation];

    /// <summary>Keys of a topic that only the default locale sets; a translation falls back to them.</summary>
    public static readonly ImmutableArray<string> TopicSourceOnly = ["audience", "reviewed", "next_review", "related", "sources"];
    /// <summary>Keys of a tip that only the default locale sets.</summary>
    public static readonly ImmutableArray<string> TipSourceOnly = ["audience", "situations"];

    /// <summary>Keys of a phrase that only the default locale sets.</summary>
    public static readonly ImmutableArray<string> PhraseSourceOnly = ["situations"];
    public static readonly ImmutableArray<string> SourceFile = ["schema", "sources"];
    public static readonly ImmutableArray<string> Source = ["id", "title", "organization", "url"];
    public static readonly ImmutableArray<string> CrisisRegistryFile = ["schema", "regions", "fallback"];
    public static readonly ImmutableArray<string> Region = ["id", "countries", "emergency", "services"];
    public static readonly ImmutableArray<string> Service = ["id", "url", "verified", "hours", "contacts"];
    public static readonly ImmutableArray<string> Contact = ["kind", "value"];
    public static readonly ImmutableArray<string> ContactKinds = ["call", "text", "chat", "web"];

    /// <summary>A locale's crisis texts (<c>&lt;locale&gt;/crisis.yaml</c>, schema 2).</summary>
    public static readonly ImmutableArray<string> CrisisTextFile = ["schema", "regions", "services"];
    public static readonly ImmutableArray<string> RegionText = ["id", "name", .. Translation];
    public static readonly ImmutableArray<string> ServiceText = ["id", "name", "name_lang", "description", "labels", .. Translation];

    /// <summary>The schema version of a locale's crisis texts; schema 1 held numbers in every locale.</summary>
    public const int CrisisTextSchemaVersion = 2;

    /// <summary>Folders at the content root that are not locales.</summary>
    public static readonly ImmutableArray<string> NonLocaleFolders = ["templates", "schema"];
}
