using System.CommandLine;
using AllyGuide.Diagnostics;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide validate</c>: reports every problem in the content and templates.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var content = CliOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too, not only on errors." };
        var today = CliOptions.Today();
        var command = new Command("validate", "Check content and templates and print every problem as 'path(line,col): error AG0000: message'.")
        {
            content,
            strict,
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

            var diagnostics = folder.Validate(CliOptions.LoadOptions(parse.GetValue(today)));
            ContentLoader.Print(diagnostics, output);
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var where = parse.GetValue(content)?.ToString() ?? "the built-in guide";
            output.WriteLine($"{where}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
            return errors > 0 || (parse.GetValue(strict) && warnings > 0) ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
