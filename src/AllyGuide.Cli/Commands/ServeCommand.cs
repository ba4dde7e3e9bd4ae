using System.CommandLine;
using System.Globalization;
using AllyGuide.Cli.Preview;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide serve</c>: builds the site and serves it on this computer, rebuilding as the content changes.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 8080;

    /// <summary>The command.</summary>
    /// <param name="terminal">Standard output unfiltered, written to only by the live progress display on a terminal.</param>
    public static Command Create(TextWriter terminal)
    {
        var content = CliOptions.Content();
        var output = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "Build into this folder, kept when serve stops; the same rules as build: new, empty, or made by an earlier build. Without it, a temporary folder that is deleted when serve stops.",
            HelpName = "DIR",
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on, on 127.0.0.1 only (this computer). 0 picks any free port.",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "PORT",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535)
                {
                    return number;
                }

                result.AddError($"'{text}' is not a port: use a number from 0 to 65535.");
                return DefaultPort;
            },
        };
        var locale = CliOptions.SiteLocales();
        var region = CliOptions.Region();
        var today = CliOptions.Today();
        var command = new Command("serve", "Preview the site: build it as build does, serve it at http://127.0.0.1:PORT/, and rebuild it when a file in the content folder changes; open pages reload. A rebuild that fails keeps the last good site. Ctrl+C stops.")
        {
            content,
            output,
            port,
            locale,
            region,
            today,
        };
        command.SetAction(parse =>
        {
            var settings = new PreviewSettings(
                parse.GetValue(content),
                CliOptions.SplitLocales(parse.GetValue(locale)),
                parse.GetValue(region),
                parse.GetValue(today),
                parse.GetValue(output),
                parse.GetValue(port));
            return new PreviewSession(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, terminal).Run();
        });
        return command;
    }
}
