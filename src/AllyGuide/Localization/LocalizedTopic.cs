using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>A link to another topic, with its title in the reader's locale.</summary>
public sealed class TopicLink
{
    internal TopicLink()
    {
    }

    /// <summary>The topic id.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The topic title.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>The topic summary.</summary>
    public string Summary { get; internal init; } = "";
}

/// <summary>
/// A topic ready to render for one locale: every unit taken from the most specific locale that has it,
/// each remembering its own <c>Locale</c>, plus the crisis resources, sources and strings around it.
/// </summary>
public sealed class LocalizedTopic
{
    internal LocalizedTopic()
    {
    }

    /// <summary>The merged topic.</summary>
    public Topic Topic { get; internal init; } = null!;

    /// <summary>The locale that was asked for, resolved to a declared one.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public ImmutableArray<string> FallbackChain { get; internal init; } = [];

    /// <summary>The topic's sources, resolved.</summary>
    public ImmutableArray<Source> Sources { get; internal init; } = [];

    /// <summary>The related topics, resolved.</summary>
    public ImmutableArray<TopicLink> Related { get; internal init; } = [];

    /// <summary>The crisis resources for the locale.</summary>
    public CrisisResources Crisis { get; internal init; } = null!;

    /// <summary>The interface strings for the locale.</summary>
    public UiStrings Ui { get; internal init; } = UiStrings.Empty;

    /// <summary>The content version.</summary>
    public ContentVersion ContentVersion { get; internal init; } = null!;
}

/// <summary>The guide resolved for one locale: topics in reading order, with crisis resources and strings.</summary>
public sealed class LocalizedGuide
{
    internal LocalizedGuide()
    {
    }

    /// <summary>The resolved locale.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>The locales tried, most specific first.</summary>
    public ImmutableArray<string> FallbackChain { get; internal init; } = [];

    /// <summary>Every topic, in reading order.</summary>
    public ImmutableArray<LocalizedTopic> Topics { get; internal init; } = [];

    /// <summary>The "start here" reading path.</summary>
    public ImmutableArray<TopicLink> StartHere { get; internal init; } = [];

    /// <summary>The crisis resources for the locale.</summary>
    public CrisisResources Crisis { get; internal init; } = null!;

    /// <summary>The interface strings for the locale.</summary>
    public UiStrings Ui { get; internal init; } = UiStrings.Empty;

    /// <summary>The content version.</summary>
    public ContentVersion ContentVersion { get; internal init; } = null!;
}
