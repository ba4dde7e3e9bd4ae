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
    public static TopicDocument Topic(LocalizedTopic topic, string? region)
    {
        var t = topic.Topic;
        return new TopicDocument
        {
            ContentVersion = topic.ContentVersion.ToString(),
            Locale = topic.Locale,
            FallbackChain = topic.FallbackChain,
            Topic = new TopicContent
            {
                Id = t.Id,
                Title = t.Title,
                Summary = t.Summary,
                Locale = t.Locale,
                Audience = t.Audience,
                Reviewed = Date(t.Reviewed),
                NextReview = Date(t.NextReview),
                Sections = [.. t.Sections.Select(Section)],
                Related = [.. topic.Related.Select(Link)],
                Sources = [.. topic.Sources.Select(s => new SourceDocument { Id = s.Id, Title = s.Title, Organization = s.Organization, Url = Safe(s.Url) })],
            },
            Crisis = Crisis(topic.Crisis, region),
        };
    }

    public static CrisisDocument Crisis(CrisisResources crisis, string? region) => new()
    {
        Locale = crisis.Locale,
        Region = Region(crisis.GetRegion(region)),
        Fallback = Region(crisis.Fallback),
        Regions = [.. crisis.Regions.Select(Region)],
    };

    public static TopicLinkDocument Link(TopicLink link) => new() { Id = link.Id, Title = link.Title, Summary = link.Summary };

    private static SectionDocument Section(Section s) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Body = new RichText(s.Body),
        Locale = s.Locale,
        Tips = [.. s.Tips.Select(Tip)],
    };

    private static TipDocument Tip(Tip tip) => new()
    {
        Id = tip.Id,
        Text = new RichText(tip.Text),
        Locale = tip.Locale,
        TrySaying = [.. tip.TrySaying.Select(Phrase)],
        AvoidSaying = [.. tip.AvoidSaying.Select(Phrase)],
    };

    private static PhraseDocument Phrase(Phrase p) => new() { Id = p.Id, Text = p.Text, Why = p.Why, Locale = p.Locale };

    private static RegionDocument Region(CrisisRegion r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Countries = r.Countries,
        Emergency = r.Emergency,
        EmergencyHref = r.EmergencyHref,
        Services = [.. r.Services.Select(s => new ServiceDocument
        {
            Id = s.Id,
            Name = s.Name,
            Description = s.Description,
            Url = Safe(s.Url),
            Verified = Date(s.Verified),
            Contacts = [.. s.Contacts.Select(c => new ContactDocument
            {
                Kind = c.Kind.ToString().ToLowerInvariant(),
                Label = c.Label,
                Value = c.Kind is CrisisContactKind.Chat or CrisisContactKind.Web ? Safe(c.Value) : c.Value,
                Href = Safe(c.Href),
            })],
        })],
    };

    private static string Safe(string url) => LinkPolicy.SafeUrl(url) ?? "";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
