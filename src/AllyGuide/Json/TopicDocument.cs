using AllyGuide.Text;

namespace AllyGuide.Json;

// The JSON contract, and the one projection of a localized topic every format renders from: links already held to
// LinkPolicy, dates written once, the crisis region already chosen. These types are the published shape of
// `allyguide render --format json` and GuideJson; properties are only ever added, never renamed or removed,
// within a major version. They are plain reference types: two documents are equal only when they are the same object.

/// <summary>A topic as JSON: the content, the crisis resources for its locale and region, and the content version.</summary>
public sealed class TopicDocument
{
    /// <summary>The content's semantic version.</summary>
    public string ContentVersion { get; init; } = "";

    /// <summary>The locale asked for, resolved to a declared one.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public IReadOnlyList<string> FallbackChain { get; init; } = [];

    /// <summary>The topic itself.</summary>
    public TopicContent Topic { get; init; } = new();

    /// <summary>Where to get help now.</summary>
    public CrisisDocument Crisis { get; init; } = new();
}

/// <summary>The topic's own content.</summary>
public sealed class TopicContent
{
    /// <summary>The topic id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The title, plain text.</summary>
    public string Title { get; init; } = "";

    /// <summary>One sentence, plain text.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The locale the title came from.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The locale the summary came from (fields fall back one by one).</summary>
    public string SummaryLocale { get; init; } = "";

    /// <summary>The translation state of the title and summary: original, translated, drifted, missing or draft.</summary>
    public string State { get; init; } = "";

    /// <summary>Who the topic is for.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>When it was last reviewed, YYYY-MM-DD.</summary>
    public string Reviewed { get; init; } = "";

    /// <summary>When it is next due for review, YYYY-MM-DD.</summary>
    public string NextReview { get; init; } = "";

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<SectionDocument> Sections { get; init; } = [];

    /// <summary>Related topics.</summary>
    public IReadOnlyList<TopicLinkDocument> Related { get; init; } = [];

    /// <summary>The sources behind the topic.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];
}

/// <summary>Text with inline markup in three forms: as written (made safe), as safe HTML and as plain text.</summary>
public sealed class RichText
{
    private readonly string? _source;
    private readonly string? _locale;
    private string? _markup;
    private string? _html;
    private string? _text;

    /// <summary>An empty text, for deserializers.</summary>
    public RichText()
    {
    }

    /// <summary>Projects markup as content writes it, in <paramref name="locale"/>; each form is made the first time it is read.</summary>
    internal RichText(string source, string locale)
    {
        _source = source;
        _locale = locale;
    }

    /// <summary>The locale the text came from.</summary>
    public string? Locale
    {
        get => _locale;
        init => _locale = value;
    }

    /// <summary>The markup, with unsafe links reduced to their words and raw HTML escaped.</summary>
    public string Markup
    {
        get => _markup ??= _source is null ? "" : InlineMarkup.Sanitize(_source);
        init => _markup = value;
    }

    /// <summary>Safe HTML: paragraphs, emphasis and allowed links only.</summary>
    public string Html
    {
        get => _html ??= _source is null ? "" : InlineMarkup.ToHtml(_source);
        init => _html = value;
    }

    /// <summary>Plain text, with link addresses after their words.</summary>
    public string Text
    {
        get => _text ??= _source is null ? "" : InlineMarkup.ToPlainText(_source);
        init => _text = value;
    }
}

/// <summary>A section.</summary>
public sealed class SectionDocument
{
    /// <summary>The section id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The heading, plain text.</summary>
    public string Title { get; init; } = "";

    /// <summary>The paragraphs.</summary>
    public RichText Body { get; init; } = new();

    /// <summary>The locale the title came from; the body carries its own.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The translation state of the title and body.</summary>
    public string State { get; init; } = "";

    /// <summary>The tips, in order.</summary>
    public IReadOnlyList<TipDocument> Tips { get; init; } = [];
}

/// <summary>A tip.</summary>
public sealed class TipDocument
{
    /// <summary>The tip id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The advice.</summary>
    public RichText Text { get; init; } = new();

    /// <summary>The locale the advice came from.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The translation state of the advice.</summary>
    public string State { get; init; } = "";

    /// <summary>Who the tip is for: its own audience tags, or the topic's.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>The situations the tip is for.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>Phrases that help.</summary>
    public IReadOnlyList<PhraseDocument> TrySaying { get; init; } = [];

    /// <summary>Phrases that tend to hurt.</summary>
    public IReadOnlyList<PhraseDocument> AvoidSaying { get; init; } = [];
}

/// <summary>A phrase to try or avoid.</summary>
public sealed class PhraseDocument
{
    /// <summary>The phrase id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The words, plain text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Why to avoid it, for phrases to avoid.</summary>
    public string? Why { get; init; }

    /// <summary>The locale the words came from.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The locale the reason came from, for phrases to avoid.</summary>
    public string? WhyLocale { get; init; }

    /// <summary>The translation state of the words and reason.</summary>
    public string State { get; init; } = "";

    /// <summary>The situations the phrase fits: its own and its tip's.</summary>
    public IReadOnlyList<string> Situations { get; init; } = [];
}

/// <summary>A related topic.</summary>
public sealed class TopicLinkDocument
{
    /// <summary>The topic id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Its summary.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>A source.</summary>
public sealed class SourceDocument
{
    /// <summary>The source id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The page or publication title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Who published it.</summary>
    public string Organization { get; init; } = "";

    /// <summary>The https address, or empty when it is not one.</summary>
    public string Url { get; init; } = "";
}

/// <summary>The crisis resources for the topic's locale; <see cref="Region"/> is the one to show first.</summary>
public sealed class CrisisDocument
{
    /// <summary>The reader's locale; each name says its own where it falls back.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The region chosen for the reader.</summary>
    public RegionDocument Region { get; init; } = new();

    /// <summary>What to show for every other region.</summary>
    public RegionDocument Fallback { get; init; } = new();

    /// <summary>Every region with services, in order.</summary>
    public IReadOnlyList<RegionDocument> Regions { get; init; } = [];
}

/// <summary>A region's crisis services.</summary>
public sealed class RegionDocument
{
    /// <summary>The region id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The locale the name came from.</summary>
    public string NameLocale { get; init; } = "";

    /// <summary>ISO 3166 country codes.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The emergency number, or null when it varies.</summary>
    public string? Emergency { get; init; }

    /// <summary>A tel: link to the emergency number.</summary>
    public string? EmergencyHref { get; init; }

    /// <summary>The services.</summary>
    public IReadOnlyList<ServiceDocument> Services { get; init; } = [];
}

/// <summary>A crisis service.</summary>
public sealed class ServiceDocument
{
    /// <summary>The service id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The locale the name came from.</summary>
    public string NameLocale { get; init; } = "";

    /// <summary>What it offers and when.</summary>
    public string Description { get; init; } = "";

    /// <summary>The locale the description came from.</summary>
    public string DescriptionLocale { get; init; } = "";

    /// <summary>Its https address, or empty when it is not one.</summary>
    public string Url { get; init; } = "";

    /// <summary>When its details were checked, YYYY-MM-DD.</summary>
    public string Verified { get; init; } = "";

    /// <summary>When it answers: <c>24/7</c>, or null when not known.</summary>
    public string? Hours { get; init; }

    /// <summary>How to reach it.</summary>
    public IReadOnlyList<ContactDocument> Contacts { get; init; } = [];
}

/// <summary>One way to reach a service; <see cref="Href"/> is a tel:, sms: or https link.</summary>
public sealed class ContactDocument
{
    /// <summary>call, text, chat or web.</summary>
    public string Kind { get; init; } = "";

    /// <summary>What the link says.</summary>
    public string Label { get; init; } = "";

    /// <summary>The locale the label came from.</summary>
    public string LabelLocale { get; init; } = "";

    /// <summary>The number, or the https address.</summary>
    public string Value { get; init; } = "";

    /// <summary>The link target, or empty when it is not an allowed link.</summary>
    public string Href { get; init; } = "";
}

/// <summary>The phrases a query found, with the crisis help an app shows beside them: the JSON contract of <see cref="Localization.PhraseSet"/>.</summary>
public sealed class PhraseSetDocument
{
    /// <summary>The content version.</summary>
    public string ContentVersion { get; init; } = "";

    /// <summary>The resolved locale.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public IReadOnlyList<string> FallbackChain { get; init; } = [];

    /// <summary>What was asked for.</summary>
    public PhraseQueryDocument Query { get; init; } = new();

    /// <summary>The phrases found, in reading order.</summary>
    public IReadOnlyList<PhraseMatchDocument> Phrases { get; init; } = [];

    /// <summary>The crisis help for the reader's region: phrases about a crisis are never shown without it.</summary>
    public CrisisDocument Crisis { get; init; } = new();
}

/// <summary>The criteria of a phrase query; null where it was not limited.</summary>
public sealed class PhraseQueryDocument
{
    /// <summary>The topic id.</summary>
    public string? Topic { get; init; }

    /// <summary>The audience tag.</summary>
    public string? Audience { get; init; }

    /// <summary>The situation tag.</summary>
    public string? Situation { get; init; }

    /// <summary><c>try</c> or <c>avoid</c>.</summary>
    public string? Kind { get; init; }
}

/// <summary>One phrase found, with its topic, tip and audience.</summary>
public sealed class PhraseMatchDocument
{
    /// <summary>The topic id.</summary>
    public string Topic { get; init; } = "";

    /// <summary>The topic title in the reader's locale.</summary>
    public string TopicTitle { get; init; } = "";

    /// <summary>The section id.</summary>
    public string Section { get; init; } = "";

    /// <summary>The tip id.</summary>
    public string Tip { get; init; } = "";

    /// <summary>The tip's advice: the phrase's context.</summary>
    public RichText Advice { get; init; } = new();

    /// <summary><c>try</c> or <c>avoid</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Who the phrase fits: its tip's audience.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>The phrase: id, words, reason, locales, state and situations.</summary>
    public PhraseDocument Phrase { get; init; } = new();
}
