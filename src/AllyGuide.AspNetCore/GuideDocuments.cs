using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AllyGuide.Hosting;
using AllyGuide.Localization;

namespace AllyGuide.AspNetCore;

/// <summary>
/// The responses the endpoints write themselves: the topic list as JSON and text, and error bodies. Each carries the
/// reader's crisis lines, as every page the renderer writes does. Written with asynchronous I/O only.
/// </summary>
internal static class GuideDocuments
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    /// <summary>The topic list: locale, versions, the crisis lines of the reader's region, topics, locales.</summary>
    public static async Task WriteListJsonAsync(Stream body, AllyGuideSnapshot snapshot, LocalizedGuide guide, string locale, LocalizedRegion region, GuideLinks links, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(body, JsonOptions);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("locale", locale);
            json.WriteString("contentVersion", snapshot.ContentVersion.ToString());
            json.WriteString("version", snapshot.Version);
            json.WritePropertyName("crisis");
            WriteRegion(json, region);
            json.WriteStartArray("topics");
            foreach (var topic in guide.Topics)
            {
                json.WriteStartObject();
                json.WriteString("id", topic.Id);
                json.WriteString("title", topic.Title.Text);
                json.WriteString("summary", topic.Summary.Text);
                json.WriteString("url", links.Topic(topic.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("startHere");
            foreach (var link in guide.StartHere)
            {
                json.WriteStringValue(link.Id);
            }

            json.WriteEndArray();
            WriteLocales(json, snapshot, links);
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The topic list as plain text: the crisis lines first, then every topic with its address.</summary>
    public static string ListText(LocalizedGuide guide, LocalizedRegion region, GuideLinks links)
    {
        var text = new StringBuilder();
        AppendCrisis(text, guide, region);
        text.Append('\n').Append(guide.Ui["all_topics"]).Append('\n');
        foreach (var topic in guide.Topics)
        {
            text.Append("- ").Append(topic.Title.Text).Append(" (").Append(links.Topic(topic.Id)).Append(")\n");
            text.Append("  ").Append(topic.Summary.Text).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// An RFC 9457 problem details body, with lists (known topics, locales, formats) as extension members and, when
    /// the guide is known, the reader's crisis lines.
    /// </summary>
    public static async Task WriteProblemJsonAsync(Stream body, Problem problem, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(body, JsonOptions);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("type", "https://tools.ietf.org/html/rfc9110#section-15." + (problem.Status >= 500 ? "6.1" : problem.Status switch { 400 => "5.1", 404 => "5.5", 406 => "5.7", _ => "5" }));
            json.WriteString("title", problem.Title);
            json.WriteNumber("status", problem.Status);
            json.WriteString("detail", problem.Detail);
            foreach (var (name, values) in problem.Lists)
            {
                json.WriteStartArray(name);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            if (problem.Crisis is { } region)
            {
                json.WritePropertyName("crisis");
                WriteRegion(json, region);
            }

            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A problem as plain text: the detail, the lists, then the crisis lines.</summary>
    public static string ProblemText(Problem problem, LocalizedGuide? guide)
    {
        var text = new StringBuilder();
        text.Append(problem.Title).Append(": ").Append(problem.Detail).Append('\n');
        foreach (var (name, values) in problem.Lists)
        {
            text.Append(char.ToUpperInvariant(name[0])).Append(name[1..]).Append(": ").AppendJoin(", ", values).Append('\n');
        }

        if (problem.Crisis is { } region && guide is not null)
        {
            text.Append('\n');
            AppendCrisis(text, guide, region);
        }
        else if (problem.Status >= 500)
        {
            text.Append("\nIf you or someone else is in danger now, call your local emergency number.\n");
        }

        return text.ToString();
    }

    private static void AppendCrisis(StringBuilder text, LocalizedGuide guide, LocalizedRegion region)
    {
        text.Append(guide.Ui["crisis_heading"]).Append('\n');
        foreach (var service in region.Services)
        {
            text.Append("  ").Append(service.Name.Text).Append(":\n");
            foreach (var contact in service.Contacts)
            {
                text.Append("    - ").Append(contact.Label.Text);
                if (contact.Kind is Model.CrisisContactKind.Chat or Model.CrisisContactKind.Web && !contact.Label.Text.Contains(contact.Value, StringComparison.Ordinal))
                {
                    text.Append(": ").Append(contact.Value);
                }

                text.Append('\n');
            }
        }

        if (region.Emergency is { } number)
        {
            text.Append("  ").Append(guide.Ui["crisis_emergency"].Replace("{number}", number, StringComparison.Ordinal)).Append('\n');
        }
    }

    private static void WriteRegion(Utf8JsonWriter json, LocalizedRegion region)
    {
        json.WriteStartObject();
        json.WriteString("region", region.Id);
        json.WriteString("name", region.Name.Text);
        if (region.Emergency is { } emergency)
        {
            json.WriteString("emergency", emergency);
        }

        json.WriteStartArray("services");
        foreach (var service in region.Services)
        {
            json.WriteStartObject();
            json.WriteString("id", service.Id);
            json.WriteString("name", service.Name.Text);
            json.WriteString("url", service.Url);
            if (service.Hours is { } hours)
            {
                json.WriteString("hours", hours);
            }

            json.WriteStartArray("contacts");
            foreach (var contact in service.Contacts)
            {
                json.WriteStartObject();
                json.WriteString("kind", contact.Kind.ToString().ToLowerInvariant());
                json.WriteString("value", contact.Value);
                json.WriteString("label", contact.Label.Text);
                json.WriteString("href", contact.Href);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocales(Utf8JsonWriter json, AllyGuideSnapshot snapshot, GuideLinks links)
    {
        json.WriteStartArray("locales");
        foreach (var locale in snapshot.Guide.Locales)
        {
            json.WriteStartObject();
            json.WriteString("code", locale.Code);
            json.WriteString("name", locale.Name);
            json.WriteString("url", links.ForLocale(locale.Code));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

/// <summary>An error response's content, before it is written in the form the request prefers.</summary>
internal sealed record Problem(int Status, string Title, string Detail)
{
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Lists { get; init; } = [];

    public LocalizedRegion? Crisis { get; init; }
}

/// <summary>The addresses of the guide's pages for one request, root-relative (path base and prefix included).</summary>
internal sealed record GuideLinks(string Root, string? Locale)
{
    /// <summary>The folder of the pages in the request's addressing: with the locale when the request named one.</summary>
    public string Folder => Locale is null ? Root : Root + Uri.EscapeDataString(Locale) + "/";

    public string Topic(string id) => Folder + Uri.EscapeDataString(id);

    public string ForLocale(string code) => Root + Uri.EscapeDataString(code);
}
