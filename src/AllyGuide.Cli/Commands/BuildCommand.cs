using System.CommandLine;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide build</c>: writes the static guide site.</summary>
internal static class BuildCommand
{
    public const string DefaultOutput = "_site";

    /// <summary>The command.</summary>
    /// <param name="terminal">Standard output unfiltered, written to only by the live progress display on a terminal.</param>
    public static Command Create(TextWriter terminal)
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
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "The https address the site will be published at, such as https://guide.example.org/. Adds canonical links, absolute language alternates and sitemap.xml.",
            HelpName = "URL",
        };
        var reportUrl = new Option<string>("--report-url")
        {
            Description = "Where readers report a problem (an https or mailto: address), linked from the about page.",
            HelpName = "URL",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print nothing but errors and warnings (on standard error). Without it, progress shows as a bar on a terminal, or as a line per locale when output is redirected or CI or NO_COLOR is set.",
        };
        var command = new Command("build", "Build the static guide site in every locale: a first page that links each language, and per locale an index, one page per topic and audience, a crisis page; and the stylesheet.")
        {
            content,
            output,
            locale,
            region,
            baseUrl,
            reportUrl,
            today,
            quiet,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = SiteInputs.Prepare(parse.GetValue(content), CliOptions.SplitLocales(parse.GetValue(locale)), parse.GetValue(region), parse.GetValue(today), error, out var exitCode, parse.GetValue(baseUrl), parse.GetValue(reportUrl));
            if (inputs is null)
            {
                return exitCode;
            }

            var style = BuildProgress.Choose(parse.GetValue(quiet));
            var result = BuildProgress.Build(inputs, parse.GetValue(output)!.FullName, style, stdout, terminal);
            if (style == ProgressStyle.Quiet)
            {
                return ExitCodes.Ok;
            }

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
