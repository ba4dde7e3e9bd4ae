using System.CommandLine;

namespace AllyGuide.Cli;

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    public static Option<DirectoryInfo?> Content() => new("--content", "-c")
    {
        Description = "A content folder holding guide.yaml. Without it, the guide built into allyguide is used.",
        HelpName = "DIR",
    };

    public static Option<string?> Locale() => new("--locale", "-l")
    {
        Description = "The locale to use, for example en or es-MX. Falls back unit by unit to the default locale.",
        HelpName = "LOCALE",
    };
}
