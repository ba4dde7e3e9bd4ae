using System.CommandLine;
using AllyGuide.Site;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide verify DIR</c>: checks a published site against the manifest its build wrote.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The site folder, for example a copy of what was uploaded." };
        var command = new Command("verify", "Check a built or published site against its manifest: every file there, unchanged, and nothing added.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var directory = parse.GetValue(folder)!;
            if (!directory.Exists)
            {
                error.WriteLine($"allyguide: the folder '{directory}' does not exist.");
                return ExitCodes.Usage;
            }

            SiteVerification result;
            try
            {
                result = GuideSite.Verify(directory.FullName);
            }
            catch (SiteOutputException ex)
            {
                error.WriteLine($"allyguide: {ex.Message}");
                return ExitCodes.Usage;
            }

            foreach (var file in result.Missing)
            {
                output.WriteLine($"missing {file}");
            }

            foreach (var file in result.Changed)
            {
                output.WriteLine($"changed {file}");
            }

            foreach (var file in result.Extra)
            {
                output.WriteLine($"extra   {file}");
            }

            output.WriteLine(result.IsIntact
                ? $"{result.Checked} files checked: every file is there and unchanged, and nothing was added."
                : $"{result.Checked} files checked: {result.Missing.Length} missing, {result.Changed.Length} changed, {result.Extra.Length} extra.");
            return result.IsIntact ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
