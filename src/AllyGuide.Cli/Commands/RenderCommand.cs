using System.CommandLine;
using AllyGuide.Rendering;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide render TOPIC</c>: writes one topic to standard output.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var topic = new Argument<string>("topic") { Description = "The topic id, for example 'listening'." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "html (a full page), fragment (HTML to embed), text or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong([.. RendererOptions.Default.Formatters.Formats.Select(f => f.Name)]);
        var locale = CliOptions.Locale();
        var region = CliOptions.Region();
        var content = CliOptions.Content();
        var today = CliOptions.Today();
        var command = new Command("render", "Render one topic, with its crisis resources, to standard output.")
        {
            topic,
            format,
            locale,
            region,
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

            var id = parse.GetValue(topic)!;
            if (!guide.TryGetTopic(id, parse.GetValue(locale), out var localized))
            {
                error.WriteLine($"allyguide: there is no topic '{id}'. Known topics: {string.Join(", ", guide.TopicOrder)}.");
                return ExitCodes.Usage;
            }

            var renderer = folder.CreateRenderer(RendererOptions.Default with { Region = parse.GetValue(region) });
            renderer.Render(localized, parse.GetValue(format)!, output);
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
