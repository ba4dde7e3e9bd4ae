using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AllyGuide.Model;

/// <summary>Everything written in one locale, before fallback: only the units that locale itself defines, in file order.</summary>
public sealed class LocaleContent
{
    private readonly Lazy<ImmutableDictionary<string, Topic>> _topicsById;
    private readonly Lazy<ImmutableDictionary<string, Source>> _sourcesById;

    internal LocaleContent()
    {
        // The first unit with an id wins; a second one is a validation error (AG0015).
        _topicsById = new(() => First(Topics, t => t.Id));
        _sourcesById = new(() => First(Sources, s => s.Id));
    }

    /// <summary>The locale.</summary>
    public LocaleInfo Locale { get; internal init; } = null!;

    /// <summary>The locale's topics, in file order.</summary>
    public ImmutableArray<Topic> Topics { get; internal init; } = [];

    /// <summary>The locale's sources, in file order.</summary>
    public ImmutableArray<Source> Sources { get; internal init; } = [];

    /// <summary>The locale's words for the crisis registry, or null when it has none and relies on fallback.</summary>
    public CrisisTexts? Crisis { get; internal init; }

    /// <summary>The locale's interface strings (possibly partial).</summary>
    public UiStrings Ui { get; internal init; } = UiStrings.Empty;

    /// <summary>Finds a topic by id.</summary>
    public bool TryGetTopic(string id, [NotNullWhen(true)] out Topic? topic) => _topicsById.Value.TryGetValue(id, out topic);

    /// <summary>Finds a source by id.</summary>
    public bool TryGetSource(string id, [NotNullWhen(true)] out Source? source) => _sourcesById.Value.TryGetValue(id, out source);

    private static ImmutableDictionary<string, T> First<T>(ImmutableArray<T> items, Func<T, string> id)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            builder.TryAdd(id(item), item);
        }

        return builder.ToImmutable();
    }
}
