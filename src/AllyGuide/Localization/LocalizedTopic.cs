using System.Collections.Immutable;
using AllyGuide.Model;

namespace AllyGuide.Localization;

/// <summary>A link to another topic, with its title in the reader's locale.</summary>
/// <param name="Id">The topic id.</param>
/// <param name="Title">The topic title.</param>
/// <param name="Summary">The topic summary.</param>
public sealed record TopicLink(string Id, string Title, string Summary);

/// <summary>
/// A topic ready to render for one locale: every unit taken from the most specific locale that has it,
/// each remembering its own <c>Locale</c>, plus the crisis resources, sources and strings around it.
/// </summary>
/// <param name="Topic">The merged topic.</param>
/// <param name="Locale">The locale that was asked for, resolved to a declared one.</param>
/// <param name="FallbackChain">The locales tried, most specific first.</param>
/// <param name="Sources">The topic's sources, resolved.</param>
/// <param name="Related">The related topics, resolved.</param>
/// <param name="Crisis">The crisis resources for the locale.</param>
/// <param name="Ui">The interface strings for the locale.</param>
/// <param name="ContentVersion">The content version.</param>
public sealed record LocalizedTopic(
    Topic Topic,
    string Locale,
    ImmutableArray<string> FallbackChain,
    ImmutableArray<Source> Sources,
    ImmutableArray<TopicLink> Related,
    CrisisResources Crisis,
    UiStrings Ui,
    ContentVersion ContentVersion);

/// <summary>The guide resolved for one locale: topics in reading order, with crisis resources and strings.</summary>
/// <param name="Locale">The resolved locale.</param>
/// <param name="FallbackChain">The locales tried, most specific first.</param>
/// <param name="Topics">Every topic, in reading order.</param>
/// <param name="StartHere">The "start here" reading path.</param>
/// <param name="Crisis">The crisis resources for the locale.</param>
/// <param name="Ui">The interface strings for the locale.</param>
/// <param name="ContentVersion">The content version.</param>
public sealed record LocalizedGuide(
    string Locale,
    ImmutableArray<string> FallbackChain,
    ImmutableArray<LocalizedTopic> Topics,
    ImmutableArray<TopicLink> StartHere,
    CrisisResources Crisis,
    UiStrings Ui,
    ContentVersion ContentVersion);
