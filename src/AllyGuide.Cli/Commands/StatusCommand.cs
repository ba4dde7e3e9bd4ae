using System.CommandLine;
using System.Globalization;
using AllyGuide.Localization;
using AllyGuide.Translation;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide status</c>: where each translation stands, and which units need a translator.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var locale = CliOptions.Locale();
        locale.Description = "Only this locale. Without it, every locale but the default.";
        var format = new Option<string>("--format", "-f") { Description = "table (for people) or json (for scripts).", DefaultValueFactory = _ => "table", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("table", "json");
        var minimum = new Option<double?>("--min-complete") { Description = "Fail (exit 1) when a locale has less than this percentage of its units translated from the current source.", HelpName = "PERCENT" };
        var content = CliOptions.Content();
        var command = new Command("status", "Show each locale's translated, drifted, missing and draft units, with where to find the ones that need work.")
        {
            locale,
            format,
            minimum,
            content,
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

            var loaded = AllyGuide.Loading.ContentLoader.Load(folder.Source);
            if (loaded.Content is null)
            {
                ContentLoader.Print(loaded.Diagnostics, error);
                return ExitCodes.ContentErrors;
            }

            TranslationReport report;
            try
            {
                report = Translations.Status(loaded, parse.GetValue(locale));
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"allyguide: {ex.Message.Split(" (Parameter")[0]}");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(format) == "json")
            {
                output.Write(Translations.ToJson(report));
            }
            else
            {
                WriteTable(report, output);
            }

            var required = parse.GetValue(minimum);
            var short_ = report.Locales.Where(l => required is { } r && l.Complete < r).ToList();
            foreach (var l in short_)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allyguide: '{l.Locale}' is {l.Complete:0.0}% complete; at least {required:0.#}% is required."));
            }

            return short_.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TranslationReport report, TextWriter output)
    {
        output.WriteLine($"Translations of '{report.SourceLocale}':");
        output.WriteLine();
        output.WriteLine("locale      total  translated  drifted  missing  draft  complete  lints");
        foreach (var l in report.Locales)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{l.Locale,-10}  {l.Total,5}  {l.Count(TranslationState.Translated),10}  {l.Count(TranslationState.Drifted),7}  {l.Count(TranslationState.Missing),7}  {l.Count(TranslationState.Draft),5}  {l.Complete,7:0.0}%  {(l.Checked ? "checked" : "not checked")}"));
        }

        foreach (var l in report.Locales)
        {
            foreach (var state in new[] { TranslationState.Drifted, TranslationState.Draft, TranslationState.Missing })
            {
                var units = l.Units.Where(u => u.State == state).ToList();
                if (units.Count == 0)
                {
                    continue;
                }

                output.WriteLine();
                output.WriteLine($"{l.Locale}: {units.Count} {state.ToString().ToLowerInvariant()}");
                foreach (var unit in units)
                {
                    var at = unit.TargetLocation ?? unit.SourceLocation;
                    var where = at is { } a ? string.Create(CultureInfo.InvariantCulture, $"{a.File}({a.Line},{a.Column})") : unit.File;
                    output.WriteLine($"  {where}: {unit.Key}");
                    if (state == TranslationState.Drifted)
                    {
                        foreach (var (field, text) in unit.Source.Where(p => p.Value.Length > 0))
                        {
                            output.WriteLine($"    {field} is now: {Shorten(text)}");
                        }
                    }

                    if (unit.Note is not null)
                    {
                        output.WriteLine($"    note: {unit.Note}");
                    }
                }
            }
        }
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 100 ? text : text[..100] + "...";
    }
}
