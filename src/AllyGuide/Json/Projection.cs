using System.Globalization;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Json;

/// <summary>
/// Projects a localized topic for output, once for every format: links held to <see cref="LinkPolicy"/>, dates as
/// YYYY-MM-DD, the crisis region chosen. The JSON formatter serializes it and the templates read it.
/// </summary>
internal static class Projection
{
    public static TopicDocument Topic(LocalizedTopic topic, string? region) => new()
    {
        ContentVersion = topic.ContentVersion.ToString(),
        Locale = topic.Locale,
        FallbackChain = topic.FallbackChain,
        Topic = new TopicContent
        {
            Id = topic.Id,
            Title = topic.Title.Text,
            Summary = topic.Summary.Text,
            Locale = topic.Title.Locale,
            SummaryLocale = topic.Summary.Locale,
            State = State(topic.State),
            Audience = topic.Audience,
            Reviewed = Date(topic.Reviewed),
            NextReview = Date(topic.NextReview),
            Sections = [.. topic.Sections.Select(Section)],
            Related = [.. topic.Related.Select(Link)],
            Sources = [.. topic.Sources.Select(s => new SourceDocument { Id = s.Id, Title = s.Title, Organization = s.Organization, Url = Safe(s.Url) })],
        },
        Crisis = Crisis(topic.Crisis, region),
    };

    public static CrisisDocument Crisis(LocalizedCrisis crisis, string? region) => new()
    {
        Locale = crisis.Locale,
        Region = Region(crisis.GetRegion(region)),
        Fallback = Region(crisis.Fallback),
        Regions = [.. crisis.Regions.Select(Region)],
    };

    public static TopicLinkDocument Link(TopicLink link) => new() { Id = link.Id, Title = link.Title.Text, Summary = link.Summary.Text };

    /// <summary>The state as the JSON contract and the templates write it.</summary>
    public static string State(TranslationState state) => state.ToString().ToLowerInvariant();

    private static SectionDocument Section(LocalizedSection s) => new()
    {
        Id = s.Id,
        Title = s.Title.Text,
        Body = new RichText(s.Body.Text, s.Body.Locale),
        Locale = s.Title.Locale,
        State = State(s.State),
        Tips = [.. s.Tips.Select(Tip)],
    };

    private static TipDocument Tip(LocalizedTip tip) => new()
    {
        Id = tip.Id,
        Text = new RichText(tip.Text.Text, tip.Text.Locale),
        Locale = tip.Text.Locale,
        State = State(tip.State),
        Audience = tip.Audience,
        Situations = tip.Situations,
        TrySaying = [.. tip.TrySaying.Select(Phrase)],
        AvoidSaying = [.. tip.AvoidSaying.Select(Phrase)],
    };

    private static PhraseDocument Phrase(LocalizedPhrase p) => new()
    {
        Id = p.Id,
        Text = p.Text.Text,
        Why = p.Why?.Text,
        Locale = p.Text.Locale,
        WhyLocale = p.Why?.Locale,
        State = State(p.State),
        Situations = p.Situations,
    };

    public static PhraseSetDocument Phrases(PhraseSet set, LocalizedCrisis crisis, string? region) => new()
    {
        ContentVersion = set.ContentVersion.ToString(),
        Locale = set.Locale,
        FallbackChain = set.FallbackChain,
        Query = new PhraseQueryDocument
        {
            Topic = set.Query.Topic,
            Audience = set.Query.Audience,
            Situation = set.Query.Situation,
            Kind = set.Query.Kind is { } kind ? Kind(kind) : null,
        },
        Phrases =
        [
            .. set.Items.Select(m => new PhraseMatchDocument
            {
                Topic = m.TopicId,
                TopicTitle = m.TopicTitle.Text,
                Section = m.SectionId,
                Tip = m.Tip.Id,
                Advice = new RichText(m.Tip.Text.Text, m.Tip.Text.Locale),
                Kind = Kind(m.Phrase.Kind),
                Audience = m.Audience,
                Phrase = Phrase(m.Phrase),
            }),
        ],
        Crisis = Crisis(crisis, region),
    };

    /// <summary>A phrase kind as the JSON contract and the command line write it: <c>try</c> or <c>avoid</c>.</summary>
    public static string Kind(PhraseKind kind) => kind == PhraseKind.TrySaying ? "try" : "avoid";

    private static RegionDocument Region(LocalizedRegion r) => new()
    {
        Id = r.Id,
        Name = r.Name.Text,
        NameLocale = r.Name.Locale,
        Countries = r.Countries,
        Emergency = r.Emergency,
        EmergencyHref = r.EmergencyHref,
        Services = [.. r.Services.Select(s => new ServiceDocument
        {
            Id = s.Id,
            Name = s.Name.Text,
            NameLocale = s.Name.Locale,
            Description = s.Description.Text,
            DescriptionLocale = s.Description.Locale,
            Url = Safe(s.Url),
            Verified = Date(s.Verified),
            Hours = s.Hours,
            Contacts = [.. s.Contacts.Select(c => new ContactDocument
            {
                Kind = c.Kind.ToString().ToLowerInvariant(),
                Label = c.Label.Text,
                LabelLocale = c.Label.Locale,
                Value = c.Kind is CrisisContactKind.Chat or CrisisContactKind.Web ? Safe(c.Value) : c.Value,
                Href = Safe(c.Href),
            })],
        })],
    };

    private static string Safe(string url) => LinkPolicy.SafeUrl(url) ?? "";

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
