using System.Collections.Immutable;

namespace AllyGuide.Diagnostics;

/// <summary>Every diagnostic code AllyGuide reports. Codes never change meaning once published.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>AG0001: the file is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = new("AG0001", "YAML syntax error", DiagnosticSeverity.Error,
        "Fix the YAML at the given position; check indentation, colons and quotes.");

    /// <summary>AG0002: the file is larger than the loader accepts.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("AG0002", "File too large", DiagnosticSeverity.Error,
        "Split the content into smaller files; one topic per file.");

    /// <summary>AG0003: the file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("AG0003", "Invalid UTF-8", DiagnosticSeverity.Error,
        "Save the file as UTF-8 in your editor.");

    /// <summary>AG0004: the file holds binary data, not text.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = new("AG0004", "Binary file", DiagnosticSeverity.Error,
        "Replace the file with a UTF-8 YAML text file, or remove it.");

    /// <summary>AG0005: the YAML nests deeper than any content file needs.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("AG0005", "Nesting too deep", DiagnosticSeverity.Error,
        "Content files nest only a few levels; look for unbalanced brackets.");

    /// <summary>AG0006: YAML anchors and aliases are not allowed.</summary>
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("AG0006", "Alias not allowed", DiagnosticSeverity.Error,
        "Write the value out in full instead of using '*alias' references.");

    /// <summary>AG0007: the same key appears twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("AG0007", "Duplicate key", DiagnosticSeverity.Error,
        "Remove or rename one of the two keys; YAML keeps only one of them.");

    /// <summary>AG0008: the file is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new("AG0008", "Empty file", DiagnosticSeverity.Error,
        "Add the file's content, starting with 'schema: 1', or remove the file.");

    /// <summary>AG0010: a key the schema does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("AG0010", "Unknown key", DiagnosticSeverity.Error,
        "Check the spelling against the suggested key; unknown keys are never rendered.");

    /// <summary>AG0011: a required field is missing or empty.</summary>
    public static readonly DiagnosticDescriptor MissingRequired = new("AG0011", "Missing required field", DiagnosticSeverity.Error,
        "Add the field with a value.");

    /// <summary>AG0012: a value has the wrong shape (text, list or mapping).</summary>
    public static readonly DiagnosticDescriptor WrongType = new("AG0012", "Wrong type", DiagnosticSeverity.Error,
        "Give the value the shape the message names.");

    /// <summary>AG0013: the file's schema version is not one this library reads.</summary>
    public static readonly DiagnosticDescriptor UnsupportedSchema = new("AG0013", "Unsupported schema version", DiagnosticSeverity.Error,
        "Use 'schema: 1', or update the AllyGuide library.");

    /// <summary>AG0014: a date is not a real date in YYYY-MM-DD form.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("AG0014", "Invalid date", DiagnosticSeverity.Error,
        "Write dates as YYYY-MM-DD, for example 2026-11-20.");

    /// <summary>AG0015: two units of the same kind share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("AG0015", "Duplicate id", DiagnosticSeverity.Error,
        "Give each unit its own id; translations match units by id.");

    /// <summary>AG0016: a reference to a topic that does not exist.</summary>
    public static readonly DiagnosticDescriptor MissingTopic = new("AG0016", "Reference to missing topic", DiagnosticSeverity.Error,
        "Use the id of an existing topic, or add the topic file.");

    /// <summary>AG0017: a reference to a source that does not exist.</summary>
    public static readonly DiagnosticDescriptor MissingSource = new("AG0017", "Reference to missing source", DiagnosticSeverity.Error,
        "Add the source to sources.yaml, or use the id of an existing one.");

    /// <summary>AG0018: a link whose scheme is not https, mailto, tel or sms.</summary>
    public static readonly DiagnosticDescriptor LinkScheme = new("AG0018", "Link scheme not allowed", DiagnosticSeverity.Error,
        "Links may use only https:, mailto:, tel: or sms:.");

    /// <summary>AG0019: raw HTML in a text value.</summary>
    public static readonly DiagnosticDescriptor RawHtml = new("AG0019", "Raw HTML in text", DiagnosticSeverity.Error,
        "Remove the HTML; use *emphasis*, **strong** and [text](https://...) links instead.");

    /// <summary>AG0020: an id that is not lowercase letters, digits and hyphens, or is reserved.</summary>
    public static readonly DiagnosticDescriptor InvalidId = new("AG0020", "Invalid id", DiagnosticSeverity.Error,
        "Ids use lowercase letters, digits and hyphens, start with a letter, and are at most 64 characters.");

    /// <summary>AG0021: the content version is not semantic versioning.</summary>
    public static readonly DiagnosticDescriptor InvalidVersion = new("AG0021", "Invalid content version", DiagnosticSeverity.Error,
        "Write the version as MAJOR.MINOR.PATCH, for example 1.2.0.");

    /// <summary>AG0022: a file the guide needs is missing.</summary>
    public static readonly DiagnosticDescriptor MissingFile = new("AG0022", "Missing file", DiagnosticSeverity.Error,
        "Create the file; the message names where it should be.");

    /// <summary>AG0023: a locale that is malformed or not declared in guide.yaml.</summary>
    public static readonly DiagnosticDescriptor InvalidLocale = new("AG0023", "Invalid locale", DiagnosticSeverity.Error,
        "Use a BCP 47 code such as 'en' or 'es-MX' and list it under 'locales' in guide.yaml.");

    /// <summary>AG0024: a topic file's name does not match its id.</summary>
    public static readonly DiagnosticDescriptor FileNameMismatch = new("AG0024", "File name does not match id", DiagnosticSeverity.Error,
        "Name the file after the topic id: topic 'listening' lives in topics/listening.yaml.");

    /// <summary>AG0025: a value outside the allowed set.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = new("AG0025", "Value not allowed", DiagnosticSeverity.Error,
        "Use one of the values the message lists.");

    /// <summary>AG0026: a next-review date that is not after the last-reviewed date.</summary>
    public static readonly DiagnosticDescriptor ReviewDateOrder = new("AG0026", "Review dates out of order", DiagnosticSeverity.Error,
        "Set next_review to a date after reviewed.");

    /// <summary>AG0027: a URL that is not absolute or well formed.</summary>
    public static readonly DiagnosticDescriptor InvalidUrl = new("AG0027", "Invalid URL", DiagnosticSeverity.Error,
        "Write the full address, for example https://www.example.org/page.");

    /// <summary>AG0028: a translated unit whose id the default locale does not have; it is never shown.</summary>
    public static readonly DiagnosticDescriptor UnmatchedTranslation = new("AG0028", "Translation has no original", DiagnosticSeverity.Warning,
        "Use the id of the unit in the default locale, or remove the unit if the original was removed.");

    /// <summary>AG0033: a region that is neither a region of the guide nor an ISO 3166 country.</summary>
    public static readonly DiagnosticDescriptor UnknownRegion = new("AG0033", "Unknown region", DiagnosticSeverity.Error,
        "Use a region id from content/crisis.yaml or a two-letter ISO 3166 country code such as GB.");

    /// <summary>AG0034: a file in the content that the loader never reads.</summary>
    public static readonly DiagnosticDescriptor UnreadFile = new("AG0034", "File never read", DiagnosticSeverity.Error,
        "Rename or move the file to where the loader reads it, or remove it.");

    /// <summary>AG0035: a key the loader accepts but does not use here.</summary>
    public static readonly DiagnosticDescriptor IgnoredKey = new("AG0035", "Key ignored", DiagnosticSeverity.Warning,
        "Remove the key; the value comes from elsewhere.");

    /// <summary>AG0036: a declared locale without a folder.</summary>
    public static readonly DiagnosticDescriptor LocaleWithoutFolder = new("AG0036", "Locale without a folder", DiagnosticSeverity.Warning,
        "Create the locale's folder (allyguide new-locale does it), or remove the locale from guide.yaml.");

    /// <summary>AG0037: a translated unit identical to its source.</summary>
    public static readonly DiagnosticDescriptor SameAsSource = new("AG0037", "Translation same as source", DiagnosticSeverity.Warning,
        "Translate the text, or remove it so the unit shows as not yet translated.");

    /// <summary>AG0038: a translated unit with no pin.</summary>
    public static readonly DiagnosticDescriptor Unpinned = new("AG0038", "Translation not pinned", DiagnosticSeverity.Warning,
        "Run allyguide sync for the locale: it pins each translated unit to the source text, so later changes show as drifted.");

    /// <summary>AG0039: an interface string whose placeholders differ from the ones it must hold, or whose plural forms lack one its language uses.</summary>
    public static readonly DiagnosticDescriptor Placeholders = new("AG0039", "Placeholders or plural forms differ", DiagnosticSeverity.Error,
        "Keep every placeholder of the string, such as {number}, exactly as written, and add no others; give every plural form the language uses.");

    /// <summary>AG0040: a page would be longer than the output limit, so it is refused rather than cut short.</summary>
    public static readonly DiagnosticDescriptor OutputTooLarge = new("AG0040", "Page too large", DiagnosticSeverity.Error,
        "Shorten the content or the template's output, or raise RendererOptions.MaxOutputChars; a page is never published cut short.");

    /// <summary>AG0041: a template ran longer than the render time limit, or a regular expression in it timed out.</summary>
    public static readonly DiagnosticDescriptor RenderTimeout = new("AG0041", "Template too slow", DiagnosticSeverity.Error,
        "Simplify the template: a loop that builds large strings or a regular expression that backtracks; or raise RendererOptions.RenderTimeout.");

    /// <summary>AG0042: a rendered page lacks the crisis lines of the reader's region.</summary>
    public static readonly DiagnosticDescriptor CrisisMissing = new("AG0042", "Crisis help missing", DiagnosticSeverity.Error,
        "Every page must show the crisis lines of its region and the emergency number: include the crisis partial (html/crisis-callout) or write request.Document.Crisis.Region in a custom format.");

    /// <summary>AG0043: a link in the content folder that leads outside it, loops, or leads nowhere; it is not followed.</summary>
    public static readonly DiagnosticDescriptor LinkNotFollowed = new("AG0043", "Link not followed", DiagnosticSeverity.Error,
        "Replace the link with the file itself, or remove it: only files inside the content folder are read or published.");

    /// <summary>AG0044: an invisible character with no place in prose: a control character, a bidirectional override or isolate, a line separator.</summary>
    public static readonly DiagnosticDescriptor InvisibleCharacter = new("AG0044", "Invisible control character", DiagnosticSeverity.Error,
        "Delete the character: it is invisible and can reorder what readers see or send commands to a terminal. Direction marks (LRM, RLM) are allowed in right-to-left languages only.");

    /// <summary>AG0100: a locale no language lint reads.</summary>
    public static readonly DiagnosticDescriptor LanguageUnchecked = new("AG0100", "Language not checked", DiagnosticSeverity.Info,
        "Have a speaker review the text for plain language and safe wording; the guide has no lints for this language yet.");

    /// <summary>AG0101: English text above the readability limit (Flesch-Kincaid grade 8).</summary>
    public static readonly DiagnosticDescriptor ReadabilityGrade = new("AG0101", "Hard to read", DiagnosticSeverity.Warning,
        "Use shorter sentences and everyday words; aim for grade 6 or lower.");

    /// <summary>AG0102: English text whose sentences average more than 20 words.</summary>
    public static readonly DiagnosticDescriptor LongSentences = new("AG0102", "Sentences too long", DiagnosticSeverity.Warning,
        "Split long sentences; keep the average at 20 words or fewer.");

    /// <summary>AG0103: wording that safe-messaging guidelines rule out.</summary>
    public static readonly DiagnosticDescriptor UnsafeWording = new("AG0103", "Unsafe wording about suicide", DiagnosticSeverity.Error,
        "Say 'died by suicide' or 'attempt'; never present suicide as a solution, inevitable or common.");

    /// <summary>AG0104: a method or place named near a mention of suicide or self-harm.</summary>
    public static readonly DiagnosticDescriptor MethodDetail = new("AG0104", "Method or location detail", DiagnosticSeverity.Warning,
        "Leave out methods and places in text about suicide or self-harm.");

    /// <summary>AG0105: a stigmatising label.</summary>
    public static readonly DiagnosticDescriptor StigmatisingLabel = new("AG0105", "Stigmatising label", DiagnosticSeverity.Warning,
        "Use person-first or neutral words; labels may appear only in 'avoid saying' phrases.");

    /// <summary>AG0106: a topic that cites fewer than two specific pages.</summary>
    public static readonly DiagnosticDescriptor TooFewSources = new("AG0106", "Too few sources", DiagnosticSeverity.Warning,
        "Cite two or more specific pages from reputable organizations that support what the topic says.");

    /// <summary>AG0107: a topic whose next review date has passed.</summary>
    public static readonly DiagnosticDescriptor ReviewOverdue = new("AG0107", "Review overdue", DiagnosticSeverity.Warning,
        "Review the topic against its sources, then update reviewed and next_review.");

    /// <summary>AG0108: a source that is a site's home page, which backs no particular claim.</summary>
    public static readonly DiagnosticDescriptor HomePageSource = new("AG0108", "Home page as a source", DiagnosticSeverity.Warning,
        "Cite the specific page that supports what the topic says, not the organization's home page.");

    /// <summary>AG0030: a template that does not parse.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntax = new("AG0030", "Template syntax error", DiagnosticSeverity.Error,
        "Fix the Scriban syntax at the given position in the template.");

    /// <summary>AG0031: a template that fails while rendering.</summary>
    public static readonly DiagnosticDescriptor TemplateRuntime = new("AG0031", "Template runtime error", DiagnosticSeverity.Error,
        "Check the names the template uses against the documented template model.");

    /// <summary>AG0032: a template the renderer needs is missing.</summary>
    public static readonly DiagnosticDescriptor MissingTemplate = new("AG0032", "Missing template", DiagnosticSeverity.Error,
        "Add the template under templates/, or remove the override that names it.");

    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        YamlSyntax, FileTooLarge, InvalidUtf8, BinaryFile, NestingTooDeep, AliasNotAllowed, DuplicateKey, EmptyFile,
        UnknownKey, MissingRequired, WrongType, UnsupportedSchema, InvalidDate, DuplicateId, MissingTopic, MissingSource,
        LinkScheme, RawHtml, InvalidId, InvalidVersion, MissingFile, InvalidLocale, FileNameMismatch, InvalidValue,
        ReviewDateOrder, InvalidUrl, UnmatchedTranslation, TemplateSyntax, TemplateRuntime, MissingTemplate,
        UnknownRegion, UnreadFile, IgnoredKey, LocaleWithoutFolder, SameAsSource, Unpinned, Placeholders, OutputTooLarge, RenderTimeout,
        CrisisMissing, LinkNotFollowed, InvisibleCharacter, LanguageUnchecked,
        ReadabilityGrade, LongSentences, UnsafeWording, MethodDetail, StigmatisingLabel, TooFewSources, ReviewOverdue, HomePageSource,
    ];
}
