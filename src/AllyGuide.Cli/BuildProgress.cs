using AllyGuide.Site;
using Spectre.Console;

namespace AllyGuide.Cli;

/// <summary>How a site build shows its progress on standard output.</summary>
internal enum ProgressStyle
{
    /// <summary>Nothing; errors and warnings still go to standard error.</summary>
    Quiet,

    /// <summary>Plain lines, one per locale rendered, with no escape sequences: for logs, CI and NO_COLOR.</summary>
    Plain,

    /// <summary>A live progress bar, on a terminal only.</summary>
    Live,
}

/// <summary>Runs <see cref="GuideSite.Build"/> and shows its progress in the chosen <see cref="ProgressStyle"/>.</summary>
internal static class BuildProgress
{
    /// <summary>
    /// Quiet when asked; a live display only when standard output is a terminal and neither <c>CI</c> nor
    /// <c>NO_COLOR</c> is set (to anything but empty) and <c>TERM</c> is not <c>dumb</c>; plain lines otherwise.
    /// </summary>
    public static ProgressStyle Choose(bool quiet) =>
        quiet ? ProgressStyle.Quiet
        : Console.IsOutputRedirected || IsSet("CI") || IsSet("NO_COLOR") || Environment.GetEnvironmentVariable("TERM") == "dumb" ? ProgressStyle.Plain
        : ProgressStyle.Live;

    /// <summary>Builds the site into <paramref name="output"/>.</summary>
    /// <param name="inputs">The guide and site options.</param>
    /// <param name="output">The site folder.</param>
    /// <param name="style">How to show progress.</param>
    /// <param name="stdout">Where plain lines go (the filtered standard output).</param>
    /// <param name="terminal">The unfiltered standard output, for the live display's escape sequences.</param>
    public static SiteBuildResult Build(SiteInputs inputs, string output, ProgressStyle style, TextWriter stdout, TextWriter terminal)
    {
        switch (style)
        {
            case ProgressStyle.Quiet:
                return GuideSite.Build(inputs.Guide, output, inputs.Options);
            case ProgressStyle.Plain:
                var lines = new LocaleLines([.. inputs.LocaleFolders], stdout);
                var result = GuideSite.Build(inputs.Guide, output, inputs.Options, lines);
                lines.Finish();
                return result;
            default:
                return Live(inputs, output, terminal);
        }
    }

    private static bool IsSet(string variable) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable));

    private static SiteBuildResult Live(SiteInputs inputs, string output, TextWriter terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = Width();

        // The display hides the cursor; Ctrl+C part way must not leave it hidden.
        void ShowCursor(object? sender, ConsoleCancelEventArgs e) => terminal.Write("\u001b[?25h");
        Console.CancelKeyPress += ShowCursor;
        try
        {
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Building the site", maxValue: inputs.PlannedFiles());
                    var result = GuideSite.Build(inputs.Guide, output, inputs.Options, new Reporter(file =>
                    {
                        var folder = file.Contains('/', StringComparison.Ordinal) ? file[..file.IndexOf('/', StringComparison.Ordinal)] : "";
                        task.Description = Markup.Escape(TerminalWriter.Safe(folder.Length == 0 ? "Building the site" : $"Building {folder}/"));
                        task.MaxValue = Math.Max(task.MaxValue, task.Value + 1);
                        task.Increment(1);
                    }));
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        finally
        {
            Console.CancelKeyPress -= ShowCursor;
        }
    }

    private static int Width()
    {
        try
        {
            return Math.Max(40, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>Reports synchronously, on the building thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Reporter(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    /// <summary>One line per locale as its last page is rendered: <c>Rendered 31 pages in en/</c>.</summary>
    private sealed class LocaleLines(HashSet<string> locales, TextWriter stdout) : IProgress<string>
    {
        private string? current;
        private int pages;

        public void Report(string value)
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            var folder = slash > 0 && locales.Contains(value[..slash]) ? value[..slash] : null;
            if (folder != current)
            {
                Finish();
                current = folder;
            }

            // Pages only: a locale's search index is not a page.
            if (folder is not null && value.EndsWith(".html", StringComparison.Ordinal))
            {
                pages++;
            }
        }

        /// <summary>Writes the line for the locale being rendered, if any.</summary>
        public void Finish()
        {
            if (current is not null)
            {
                stdout.WriteLine($"Rendered {pages} page{(pages == 1 ? "" : "s")} in {current}/");
            }

            current = null;
            pages = 0;
        }
    }
}
