using System.CommandLine;
using AllyGuide.Cli;
using AllyGuide.Cli.Commands;
using AllyGuide.Rendering;
using AllyGuide.Site;

// The live progress display writes escape sequences, so it alone gets standard output unfiltered, on a terminal.
var terminal = Console.Out;
var root = new RootCommand("allyguide: build, check and render AllyGuide, guidance for people supporting someone facing mental health challenges.")
{
    BuildCommand.Create(terminal),
    ServeCommand.Create(terminal),
    VerifyCommand.Create(),
    ValidateCommand.Create(),
    RenderCommand.Create(),
    PhrasesCommand.Create(),
    StatusCommand.Create(),
    TranslationCommands.NewLocale(),
    TranslationCommands.Sync(),
    TranslationCommands.Export(),
    TranslationCommands.Import(),
};

// Nothing printed can send an escape sequence to the terminal, whatever the content or file names hold.
Console.SetOut(new TerminalWriter(Console.Out));
Console.SetError(new TerminalWriter(Console.Error));
var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = Console.Out, Error = Console.Error };
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    if (parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0)
    {
        // One message for an unknown command, not also "Required command was not provided".
        Console.Error.WriteLine($"allyguide: '{parse.UnmatchedTokens[0]}' is not a command. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
    }
    else
    {
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine($"allyguide: {error.Message}");
        }
    }

    Console.Error.WriteLine("Run 'allyguide --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return parse.Invoke(configuration);
}
catch (SiteOutputException ex)
{
    Console.Error.WriteLine($"allyguide: {ex.Message}");
    return ExitCodes.Output;
}
catch (GuideTemplateException ex)
{
    foreach (var diagnostic in ex.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return ExitCodes.Template;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"allyguide: {ex.Message}");
    return ExitCodes.Output;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"allyguide: internal error: {ex.GetType().Name}: {ex.Message}");
    return ExitCodes.Internal;
}
