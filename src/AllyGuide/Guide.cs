using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide;

/// <summary>
/// The whole guide: every locale's topics, sources, crisis resources and interface strings.
/// Immutable and safe to share between threads; load it once and keep it.
/// </summary>
public sealed partial class Guide
{
    // The guide never changes, so each locale is resolved once; host apps call GetTopic on every request.
    private readonly ConcurrentDictionary<string, LocalizedGuide> _localized = new(StringComparer.Ordinal);

    internal Guide(
        int schema,
        ContentVersion version,
        string defaultLocale,
        ImmutableArray<LocaleInfo> locales,
        ImmutableArray<string> topicOrder,
        ImmutableArray<string> startHere,
        ImmutableDictionary<string, LocaleContent> content)
    {
        Schema = schema;
        Version = version;
        DefaultLocale = defaultLocale;
        Locales = locales;
        TopicOrder = topicOrder;
        StartHere = startHere;
        Content = content;
    }

    /// <summary>The content schema version the guide was written in.</summary>
    public int Schema { get; }

    /// <summary>The content's own semantic version.</summary>
    public ContentVersion Version { get; }

    /// <summary>The locale every other locale falls back to.</summary>
    public string DefaultLocale { get; }

    /// <summary>The locales the guide declares.</summary>
    public ImmutableArray<LocaleInfo> Locales { get; }

    /// <summary>Topic ids in reading order.</summary>
    public ImmutableArray<string> TopicOrder { get; }

    /// <summary>A short reading path for someone who has just learned a person close to them is struggling.</summary>
    public ImmutableArray<string> StartHere { get; }

    /// <summary>What each locale itself defines, by locale code, before fallback.</summary>
    public ImmutableDictionary<string, LocaleContent> Content { get; }

    /// <summary>The locales tried for <paramref name="locale"/>, most specific first, ending with the default locale.</summary>
    public ImmutableArray<string> GetFallbackChain(string? locale) => LocaleResolver.GetChain(this, locale);

    /// <summary>The guide resolved for one locale, with every text falling back unit by unit.</summary>
    public LocalizedGuide Localize(CultureInfo? culture = null) => Localize(culture?.Name);

    /// <summary>The guide resolved for one locale code such as <c>es-MX</c>; null or empty means the default locale.</summary>
    public LocalizedGuide Localize(string? locale)
    {
        var chain = GetFallbackChain(locale);
        return _localized.GetOrAdd(string.Join('|', chain), static (_, state) => LocaleResolver.Localize(state.Guide, state.Chain), (Guide: this, Chain: chain));
    }

    /// <summary>One topic resolved for a locale.</summary>
    /// <exception cref="KeyNotFoundException">No topic has that id; the message lists the known ones.</exception>
    public LocalizedTopic GetTopic(string id, CultureInfo? culture = null) => GetTopic(id, culture?.Name);

    /// <summary>One topic resolved for a locale code; null or empty means the default locale.</summary>
    /// <exception cref="KeyNotFoundException">No topic has that id; the message lists the known ones.</exception>
    public LocalizedTopic GetTopic(string id, string? locale)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGetTopic(id, locale, out var topic)
            ? topic
            : throw new KeyNotFoundException($"There is no topic '{id}'. Known topics: {string.Join(", ", TopicOrder)}.");
    }

    /// <summary>Looks up one topic resolved for a locale code.</summary>
    public bool TryGetTopic(string id, string? locale, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalizedTopic? topic)
    {
        var index = TopicOrder.IndexOf(id);
        topic = index >= 0 ? Localize(locale).Topics[index] : null;
        return topic is not null;
    }
}
