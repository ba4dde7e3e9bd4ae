using System.CommandLine;
using System.Globalization;
using AllyGuide.Diagnostics;
using AllyGuide.Validation;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide validate</c>: reports every problem in the content and templates.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var content = CliOptions.Content();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too, not only on errors." };
        var today = CliOptions.Today();
        var readability = new Option<bool>("--readability")
        {
            Description = "Also print how easily each topic reads, per locale, by the measure the lints use (English: Flesch-Kincaid grade; Spanish: INFLESZ).",
        };
        var command = new Command("validate", "Check content and templates and print every problem as 'path(line,col): error AG0000: message'.")
        {
            content,
            strict,
            today,
            readability,
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
            if (parse.GetValue(readability) && folder.TryLoad(CliOptions.LoadOptions(parse.GetValue(today))).Guide is { } guide)
            {
                PrintReadability(ReadabilityReport.Measure(guide.Content), output);
            }

            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var where = parse.GetValue(content)?.ToString() ?? "the built-in guide";
            output.WriteLine($"{where}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.");
            return errors > 0 || (parse.GetValue(strict) && warnings > 0) ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintReadability(IEnumerable<TopicReadability> report, TextWriter output)
    {
        var rows = report.ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.TopicId.Length);
        foreach (var row in rows)
        {
            var mark = row.WithinLimit ? "ok" : "too hard";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Locale,-6} {row.TopicId.PadRight(width)}  {row.Measure} {row.Value,5:0.0} (limit {row.Limit:0}), {row.Score.WordsPerSentence,4:0.0} words a sentence, {row.Score.Words} words: {mark}"));
        }
    }
}
