using System.CommandLine;
using AllyGuide.Json;
using AllyGuide.Localization;
using AllyGuide.Model;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide phrases</c>: the try and avoid phrases, queried by topic, audience, situation and kind.</summary>
internal static class PhrasesCommand
{
    public static Command Create()
    {
        var topic = new Option<string?>("--topic", "-t") { Description = "Only phrases of this topic, for example 'listening'.", HelpName = "TOPIC" };
        var audience = new Option<string?>("--audience", "-a") { Description = $"Only phrases for this audience: {string.Join(", ", Audiences.All)}.", HelpName = "AUDIENCE" };
        audience.AcceptOnlyFromAmong([.. Audiences.All]);
        var situation = new Option<string?>("--situation", "-s") { Description = $"Only phrases for this situation: {string.Join(", ", Situations.All)}.", HelpName = "SITUATION" };
        situation.AcceptOnlyFromAmong([.. Situations.All]);
        var kind = new Option<string?>("--kind", "-k") { Description = "try (words that help) or avoid (words that tend to hurt, with the reason).", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong("try", "avoid");
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("text", "json");
        var locale = CliOptions.Locale();
        var region = CliOptions.Region();
        var content = CliOptions.Content();
        var today = CliOptions.Today();
        var command = new Command("phrases", "List the phrases to try and to avoid, by topic, audience, situation and kind, with the crisis help of the reader's region.")
        {
            topic,
            audience,
            situation,
            kind,
            locale,
            region,
            format,
            content,
            today,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = ContentLoader.Open(parse.GetValue(content), error);
            if (folder is null)
            {
                return ExitCodes.Usage;
            }

            var guide = ContentLoader.Load(folder, parse.GetValue(content), CliOptions.LoadOptions(parse.GetValue(today)), error);
            if (guide is null)
            {
                return ExitCodes.ContentErrors;
            }

            if (!CliOptions.CheckLocaleAndRegion(guide, parse.GetValue(locale), parse.GetValue(region), error))
            {
                return ExitCodes.Usage;
            }

            var id = parse.GetValue(topic);
            if (id is not null && !guide.TopicOrder.Contains(id))
            {
                error.WriteLine($"allyguide: there is no topic '{id}'. Known topics: {string.Join(", ", guide.TopicOrder)}.");
                return ExitCodes.Usage;
            }

            var query = new PhraseQuery
            {
                Topic = id,
                Audience = parse.GetValue(audience),
                Situation = parse.GetValue(situation),
                Kind = parse.GetValue(kind) switch { "try" => PhraseKind.TrySaying, "avoid" => PhraseKind.AvoidSaying, _ => null },
                Locale = parse.GetValue(locale),
            };
            var localized = guide.Localize(query.Locale);
            var phrases = localized.Phrases(query);
            if (parse.GetValue(format) == "json")
            {
                output.Write(GuideJson.Serialize(phrases, localized, parse.GetValue(region)));
                output.Write('\n');
            }
            else
            {
                WriteText(phrases, localized, parse.GetValue(region), output);
            }

            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(PhraseSet phrases, LocalizedGuide guide, string? region, TextWriter output)
    {
        var ui = guide.Ui;
        foreach (var group in phrases.Items.GroupBy(m => m.TopicId))
        {
            output.WriteLine($"{group.First().TopicTitle.Text} ({group.Key})");
            foreach (var match in group)
            {
                var phrase = match.Phrase;
                var label = phrase.Kind == PhraseKind.TrySaying ? ui["try_saying"] : ui["avoid_saying"];
                var tags = phrase.Situations.IsEmpty ? "" : $"  [{string.Join(", ", phrase.Situations)}]";
                output.WriteLine($"  {label}: {phrase.Text.Text}{tags}");
                if (phrase.Why is { } why)
                {
                    output.WriteLine($"    {ui["why"]}: {why.Text}");
                }
            }

            output.WriteLine();
        }

        if (phrases.Items.IsEmpty)
        {
            output.WriteLine("No phrases match. Try fewer criteria.");
            output.WriteLine();
        }

        // Phrases are about hard moments: the crisis help of the reader's region always goes with them.
        var shown = guide.Crisis.GetRegion(region);
        output.WriteLine(ui["crisis_heading"]);
        output.WriteLine(ui["crisis_intro"]);
        foreach (var service in shown.Services)
        {
            output.WriteLine($"  {service.Name.Text}: {string.Join("; ", service.Contacts.Select(c => c.Label.Text))}");
        }

        if (shown.Emergency is { } number)
        {
            output.WriteLine($"  {ui["crisis_emergency"].Replace("{number}", number, StringComparison.Ordinal)}");
        }
    }
}
