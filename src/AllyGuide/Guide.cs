using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide;

/// <summary>
/// The whole guide, ready to read: the content model behind it, the reading order, and each locale resolved once and
/// kept. Immutable and safe to share between threads; load it once and keep it.
/// </summary>
public sealed partial class Guide
{
    // The guide never changes, so each locale is resolved once; host apps call GetTopic on every request.
    private readonly ConcurrentDictionary<string, LocalizedGuide> _localized = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, int> _positions;

    internal Guide(GuideContent content)
    {
        Content = content;
        TopicOrder = LocaleResolver.ReadingOrder(content);
        StartHere = LocaleResolver.StartHere(content);
        _positions = TopicOrder.Select((id, index) => (id, index)).ToImmutableDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
    }

    /// <summary>The content as its files write it, before any fallback.</summary>
    public GuideContent Content { get; }

    /// <summary>The content schema version the guide was written in.</summary>
    public int Schema => Content.Schema;

    /// <summary>The content's own semantic version.</summary>
    public ContentVersion Version => Content.Version;

    /// <summary>The locale every other locale falls back to.</summary>
    public string DefaultLocale => Content.DefaultLocale;

    /// <summary>The locales the guide declares.</summary>
    public ImmutableArray<LocaleInfo> Locales => Content.Locales;

    /// <summary>Topic ids in reading order: the declared order, then any topic it leaves out.</summary>
    public ImmutableArray<string> TopicOrder { get; }

    /// <summary>A short reading path for someone who has just learned a person close to them is struggling.</summary>
    public ImmutableArray<string> StartHere { get; }

    /// <summary>The locales tried for <paramref name="locale"/>, most specific first, ending with the default locale.</summary>
    public ImmutableArray<string> GetFallbackChain(string? locale) => LocaleResolver.GetChain(Content, locale);

    /// <summary>
    /// The guide resolved for a locale code such as <c>es-MX</c>; null or empty means the default locale. The locale's
    /// region subtag (<c>MX</c>) chooses the crisis region shown by default.
    /// </summary>
    [OverloadResolutionPriority(1)]
    public LocalizedGuide Localize(string? locale = null)
    {
        var chain = GetFallbackChain(locale);
        var subtag = LocaleResolver.RegionSubtag(locale);
        return _localized.GetOrAdd(string.Join('|', chain) + "#" + subtag, static (_, state) => LocaleResolver.Localize(state.Content, state.Chain, state.Subtag),
            (Content, Chain: chain, Subtag: subtag));
    }

    /// <summary>True when <paramref name="locale"/> names a declared locale (in any case), rather than falling back to another.</summary>
    public bool IsDeclared(string? locale) =>
        locale is not null && Locales.Any(l => string.Equals(l.Code, locale.Trim().Replace('_', '-'), StringComparison.OrdinalIgnoreCase));

    /// <summary>The guide resolved for a culture; null means the default locale (not the current culture).</summary>
    public LocalizedGuide Localize(CultureInfo? culture) => Localize(culture?.Name);

    /// <summary>
    /// One topic resolved for a locale code; null or empty means the guide's default locale, never the current culture,
    /// so the result does not change with the thread it runs on. For the reader's culture as ASP.NET Core request
    /// localization sets it, use <see cref="GetTopicForCurrentCulture"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No topic has that id; the message lists the known ones.</exception>
    [OverloadResolutionPriority(1)]
    public LocalizedTopic GetTopic(string id, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGetTopic(id, locale, out var topic)
            ? topic
            : throw new KeyNotFoundException($"There is no topic '{id}'. Known topics: {string.Join(", ", TopicOrder)}.");
    }

    /// <summary>One topic resolved for a culture; null means the default locale (not the current culture).</summary>
    /// <exception cref="KeyNotFoundException">No topic has that id; the message lists the known ones.</exception>
    public LocalizedTopic GetTopic(string id, CultureInfo? culture) => GetTopic(id, culture?.Name);

    /// <summary>
    /// One topic resolved for the current thread's UI culture (<see cref="CultureInfo.CurrentUICulture"/>), which
    /// request localization sets per request; the invariant culture means the default locale.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No topic has that id; the message lists the known ones.</exception>
    public LocalizedTopic GetTopicForCurrentCulture(string id) => GetTopic(id, CultureInfo.CurrentUICulture.Name);

    /// <summary>The guide resolved for the current thread's UI culture (<see cref="CultureInfo.CurrentUICulture"/>).</summary>
    public LocalizedGuide LocalizeForCurrentCulture() => Localize(CultureInfo.CurrentUICulture.Name);

    /// <summary>Looks up one topic resolved for a locale code, in constant time.</summary>
    public bool TryGetTopic(string id, string? locale, [NotNullWhen(true)] out LocalizedTopic? topic)
    {
        ArgumentNullException.ThrowIfNull(id);
        topic = _positions.TryGetValue(id, out var index) ? Localize(locale).Topics[index] : null;
        return topic is not null;
    }

    /// <summary>
    /// The try and avoid phrases that match <paramref name="query"/>, by topic, audience, situation and kind, resolved for
    /// the query's locale: the dataset a chat, coaching or peer-support app can suggest from.
    /// </summary>
    /// <exception cref="ArgumentException">The query names an unknown topic, audience or situation; the message lists the known ones.</exception>
    public PhraseSet Phrases(PhraseQuery? query = null) => Localize((query ?? PhraseQuery.All).Locale).Phrases(query);

    /// <summary>The guide for one audience (parents, partners, managers, ...) in a locale: the topics for them, and the tips that fit them.</summary>
    /// <exception cref="ArgumentException">The tag is not an audience; the message lists them.</exception>
    public AudienceView ForAudience(string audience, string? locale = null) => Localize(locale).ForAudience(audience);
}
