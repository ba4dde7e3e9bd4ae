using System.CommandLine;
using AllyGuide.Site;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide build</c>: writes the static guide site.</summary>
internal static class BuildCommand
{
    public const string DefaultOutput = "_site";

    public static Command Create()
    {
        var content = CliOptions.Content();
        var today = CliOptions.Today();
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The site folder. It must be new, empty, or made by an earlier build.",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultOutput),
            HelpName = "DIR",
        };
        var locale = CliOptions.SiteLocales();
        var region = CliOptions.Region();
        var command = new Command("build", "Build the static guide site in every locale: a first page that links each language, and per locale an index, one page per topic and audience, a crisis page; and the stylesheet.")
        {
            content,
            output,
            locale,
            region,
            today,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = SiteInputs.Prepare(parse.GetValue(content), CliOptions.SplitLocales(parse.GetValue(locale)), parse.GetValue(region), parse.GetValue(today), error, out var exitCode);
            if (inputs is null)
            {
                return exitCode;
            }

            var result = GuideSite.Build(inputs.Guide, parse.GetValue(output)!.FullName, inputs.Options);
            foreach (var removed in result.Removed)
            {
                stdout.WriteLine($"removed {removed} (no longer part of the site)");
            }

            stdout.WriteLine($"Wrote {result.Files.Length} files to {result.OutputDirectory}");
            stdout.WriteLine($"Open {result.IndexPath} in a browser.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
