using System.CommandLine;
using AllyGuide.Rendering;
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
        var locale = new Option<string[]>("--locale", "-l")
        {
            Description = "Build only these locales (repeat the option, or separate them with commas), for example --locale en,es. Without it, every locale the guide declares.",
            HelpName = "LOCALE",
            AllowMultipleArgumentsPerToken = false,
        };
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
        var command = new Command("build", "Build the static guide site in every locale: a first page that links each language, and per locale an index, one page per topic and audience, a crisis page; and the stylesheet.")
        {
            content,
            output,
            locale,
            region,
            baseUrl,
            reportUrl,
            today,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
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

            var locales = (parse.GetValue(locale) ?? []).SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (locales.FirstOrDefault(l => !guide.IsDeclared(l)) is { } unknown)
            {
                error.WriteLine($"allyguide: '{unknown}' is not a declared locale. Build one or more of: {string.Join(", ", guide.Locales.Select(l => l.Code))}.");
                return ExitCodes.Usage;
            }

            if (!CliOptions.CheckLocaleAndRegion(guide, locales.FirstOrDefault(), parse.GetValue(region), error))
            {
                return ExitCodes.Usage;
            }

            SiteOptions options;
            try
            {
                options = SiteOptions.Default with
                {
                    Locales = [.. locales],
                    BaseUrl = parse.GetValue(baseUrl),
                    Renderer = folder.GetRendererOptions(RendererOptions.Default with { Region = parse.GetValue(region), ReportUrl = parse.GetValue(reportUrl) }),
                };
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"allyguide: {ex.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.Usage;
            }

            var result = GuideSite.Build(guide, parse.GetValue(output)!.FullName, options);
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
