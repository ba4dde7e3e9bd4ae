using System.CommandLine;
using System.Xml;
using AllyGuide.Translation;

namespace AllyGuide.Cli.Commands;

/// <summary><c>allyguide new-locale</c>, <c>sync</c>, <c>export</c> and <c>import</c>: the translator's tools.</summary>
internal static class TranslationCommands
{
    public static Command NewLocale()
    {
        var locale = new Argument<string>("locale") { Description = "The new locale's code, for example fr or es-MX." };
        var name = new Option<string?>("--name") { Description = "The locale's name in its own language, for example Français.", HelpName = "NAME" };
        var regions = new Option<string?>("--regions") { Description = "Where its readers most likely live, in order: region ids or country codes, separated by commas, for example FR,BE,CA.", HelpName = "LIST" };
        var content = RequiredContent();
        var command = new Command("new-locale", "Add a locale: declare it in guide.yaml and write its folder with every unit to translate, each showing the source text.")
        {
            locale,
            name,
            regions,
            content,
        };
        command.SetAction(parse => Run(parse.InvocationConfiguration, () =>
        {
            var edit = Translations.NewLocale(parse.GetValue(content)!.FullName, parse.GetValue(locale)!, parse.GetValue(name), parse.GetValue(regions)?.Split(','));
            parse.InvocationConfiguration.Output.WriteLine($"Added the locale '{parse.GetValue(locale)}': wrote {edit.Written.Length} files. Translate them, then run 'allyguide status --locale {parse.GetValue(locale)}'.");
            return edit;
        }));
        return command;
    }

    public static Command Sync()
    {
        var locale = new Argument<string>("locale") { Description = "The locale to bring in step with the source." };
        var accept = new Option<string[]>("--accept")
        {
            Description = "A drifted unit (its key, as status lists it) whose translation you checked and found still right for the changed source. Repeat for several.",
            HelpName = "KEY",
            AllowMultipleArgumentsPerToken = false,
        };
        var content = RequiredContent();
        var command = new Command("sync", "Bring a locale in step with the source: add new units, pin units translated by hand or updated since they drifted. Never removes, reorders or rewrites a translation.")
        {
            locale,
            accept,
            content,
        };
        command.SetAction(parse => Run(parse.InvocationConfiguration, () =>
        {
            var edit = Translations.Sync(parse.GetValue(content)!.FullName, parse.GetValue(locale)!, parse.GetValue(accept));
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(edit.Written.IsEmpty
                ? $"'{parse.GetValue(locale)}' is in step with the source; no file changed."
                : $"Added {edit.Added} units, pinned {edit.Pinned}, updated {edit.Updated} that had drifted; changed {string.Join(", ", edit.Written)}.");
            output.WriteLine($"Run 'allyguide status --locale {parse.GetValue(locale)}' to see what needs a translator.");
            return edit;
        }));
        return command;
    }

    public static Command Export()
    {
        var locale = new Argument<string>("locale") { Description = "The locale to export." };
        var format = new Option<string>("--format", "-f") { Description = "The file format: xliff (XLIFF 2.0).", DefaultValueFactory = _ => "xliff", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("xliff");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output. An existing file is not replaced.", HelpName = "FILE" };
        var content = CliOptions.Content();
        var command = new Command("export", "Export a locale's units as XLIFF 2.0 for a translation team or CAT tool: sources, translations so far, states and notes.")
        {
            locale,
            format,
            output,
            content,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var folder = ContentLoader.Open(parse.GetValue(content), error);
            if (folder is null)
            {
                return ExitCodes.Usage;
            }

            var loaded = AllyGuide.Loading.ContentLoader.Load(folder.Source);
            string xliff;
            try
            {
                xliff = Translations.ExportXliff(loaded, parse.GetValue(locale)!);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"allyguide: {Message(ex)}");
                ContentLoader.Print(loaded.Diagnostics.Where(d => d.IsError), error);
                return loaded.Content is null ? ExitCodes.ContentErrors : ExitCodes.Usage;
            }

            if (parse.GetValue(output) is { } file)
            {
                if (file.Exists)
                {
                    error.WriteLine($"allyguide: '{file.FullName}' already exists; choose another file, or remove it first.");
                    return ExitCodes.Output;
                }

                using var stream = new FileStream(file.FullName, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(xliff);
                parse.InvocationConfiguration.Output.WriteLine($"Wrote {file.FullName}");
            }
            else
            {
                parse.InvocationConfiguration.Output.Write(xliff);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "An XLIFF 2.0 file, as export wrote it and a translator filled it in." };
        var content = RequiredContent();
        var command = new Command("import", "Write the translations of an XLIFF 2.0 file into its locale's files. Unchanged texts are left untouched.")
        {
            file,
            content,
        };
        command.SetAction(parse => Run(parse.InvocationConfiguration, () =>
        {
            var xliff = parse.GetValue(file)!;
            if (!xliff.Exists)
            {
                throw new ArgumentException($"The file '{xliff}' does not exist.");
            }

            var edit = Translations.ImportXliff(parse.GetValue(content)!.FullName, File.ReadAllText(xliff.FullName));
            parse.InvocationConfiguration.Output.WriteLine(edit.Written.IsEmpty
                ? $"Read {edit.Imported} translated units; nothing changed."
                : $"Read {edit.Imported} translated units; changed {string.Join(", ", edit.Written)}.");
            return edit;
        }));
        return command;
    }

    /// <summary><c>--content</c> that a command writing files requires: the built-in guide cannot be changed.</summary>
    private static Option<DirectoryInfo?> RequiredContent()
    {
        var content = CliOptions.Content();
        content.Description = "The content folder holding guide.yaml. Required: this command writes files.";
        content.Required = true;
        return content;
    }

    private static int Run(InvocationConfiguration configuration, Func<TranslationEdit> edit)
    {
        try
        {
            var result = edit();
            foreach (var problem in result.Problems)
            {
                configuration.Error.WriteLine(problem);
            }

            return result.Problems.IsEmpty ? ExitCodes.Ok : ExitCodes.ContentErrors;
        }
        catch (ArgumentException ex)
        {
            configuration.Error.WriteLine($"allyguide: {Message(ex)}");
            return ExitCodes.Usage;
        }
        catch (XmlException ex)
        {
            configuration.Error.WriteLine($"allyguide: the file is not XLIFF 2.0: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    private static string Message(ArgumentException ex) => ex.Message.Split(" (Parameter")[0];
}
