using System.Runtime.InteropServices;
using AllyGuide.Rendering;
using AllyGuide.Site;

namespace AllyGuide.Cli.Preview;

/// <summary>What <c>allyguide serve</c> was asked for.</summary>
internal sealed record PreviewSettings(DirectoryInfo? Content, IReadOnlyList<string> Locales, string? Region, DateOnly? Today, DirectoryInfo? Output, int Port);

/// <summary>
/// One run of <c>allyguide serve</c>: builds the site as <c>build</c> does, into <c>--out</c> or a temporary folder
/// of its own; serves it; rebuilds when the content changes, keeping the last good site when a rebuild fails; and on
/// Ctrl+C (or SIGTERM, SIGHUP, SIGQUIT) stops, deleting the temporary folder. A second signal while it stops ends it at once.
/// </summary>
internal sealed class PreviewSession(PreviewSettings settings, TextWriter stdout, TextWriter error, TextWriter terminal)
{
    /// <summary>How long the content must stay unchanged before a rebuild: an editor's save is often several events.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly SiteBuilds builds = new();

    public int Run()
    {
        using var stop = new CancellationTokenSource();
        var signalled = 0;
        void OnSignal(PosixSignalContext context)
        {
            if (Interlocked.Exchange(ref signalled, 1) == 0)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }

        using (new SignalRegistrations(OnSignal))
        {
            return RunAsync(stop.Token).GetAwaiter().GetResult();
        }
    }

    private async Task<int> RunAsync(CancellationToken stop)
    {
        var inputs = SiteInputs.Prepare(settings.Content, settings.Locales, settings.Region, settings.Today, error, out var exitCode);
        if (inputs is null)
        {
            return exitCode;
        }

        var content = settings.Content?.FullName;
        if (settings.Output is { } output && content is not null && (IsWithin(output.FullName, content) || IsWithin(content, output.FullName)))
        {
            error.WriteLine($"allyguide: the site folder '{output}' and the content folder '{settings.Content}' must not be one inside the other: each rebuild would set off the next. Choose another --out.");
            return ExitCodes.Usage;
        }

        DirectoryInfo? temporary = null;
        ContentWatcher? watcher = null;
        try
        {
            string folder;
            if (settings.Output is { } chosen)
            {
                folder = chosen.FullName;
            }
            else
            {
                // Made readable by this user only; the site goes in a folder inside, so the build's staging folder
                // beside it is inside too, and one delete removes everything.
                temporary = Directory.CreateTempSubdirectory("allyguide-serve-");
                folder = Path.Combine(temporary.FullName, "site");
            }

            var first = BuildProgress.Build(inputs, folder, BuildProgress.Choose(quiet: false), stdout, terminal);
            var root = first.OutputDirectory;
            stdout.WriteLine(temporary is null
                ? $"Wrote {first.Files.Length} files to {root}"
                : $"Wrote {first.Files.Length} files to {root}, a temporary folder deleted when you stop.");
            if (stop.IsCancellationRequested)
            {
                return ExitCodes.Ok;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(root, settings.Port, builds).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                error.WriteLine($"allyguide: cannot listen on 127.0.0.1:{settings.Port}: {(ex.InnerException ?? ex).Message.TrimEnd('.')}. Choose another port with --port, or --port 0 for any free one.");
                return ExitCodes.Usage;
            }

            await using (server.ConfigureAwait(false))
            {
                // Watching starts before the address is printed, so no change made after that line is missed.
                watcher = content is null ? null : ContentWatcher.TryStart(content, error);
                stdout.WriteLine($"Serving http://127.0.0.1:{server.Port}/");
                stdout.WriteLine(content is null
                    ? "This is the guide built into allyguide: there is no content folder to watch, so the site will not change. Use --content DIR to preview your own. Press Ctrl+C to stop."
                    : watcher is null
                        ? "Press Ctrl+C to stop."
                        : $"Watching {content}: the site is rebuilt when you save, and open pages reload. Press Ctrl+C to stop.");

                var rebuilding = watcher?.RunAsync(() => Rebuild(root), Quiet, stop) ?? Task.CompletedTask;
                try
                {
                    await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C.
                }

                // A rebuild under way finishes first, so nothing is writing when the folder is deleted.
                await rebuilding.ConfigureAwait(false);
                stdout.WriteLine("Stopping.");
            }

            return ExitCodes.Ok;
        }
        finally
        {
            watcher?.Dispose();
            if (temporary is not null)
            {
                try
                {
                    temporary.Delete(recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"allyguide: could not delete the temporary site folder '{temporary.FullName}': {ex.Message}");
                }
            }
        }
    }

    /// <summary>Rebuilds after a change. Whatever goes wrong is printed, and the last good site stays served.</summary>
    private void Rebuild(string root)
    {
        builds.Started();
        SiteBuildResult? result = null;
        try
        {
            // The folder may have gone and come back since the last look.
            settings.Content?.Refresh();
            if (SiteInputs.Prepare(settings.Content, settings.Locales, settings.Region, settings.Today, error, out _) is { } inputs)
            {
                result = GuideSite.Build(inputs.Guide, root, inputs.Options);
            }
        }
        catch (GuideTemplateException ex)
        {
            ContentLoader.Print(ex.Diagnostics, error);
        }
        catch (SiteOutputException ex)
        {
            error.WriteLine($"allyguide: {ex.Message}");
        }
        catch (Exception ex)
        {
            // The preview keeps going whatever happened; the message says what it was, without a stack trace.
            error.WriteLine($"allyguide: internal error: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            builds.Finished(result is not null);
        }

        if (result is null)
        {
            error.WriteLine($"allyguide: the site was not rebuilt; still serving build {builds.Number}, the last good one. Fix the content and save again.");
            return;
        }

        foreach (var removed in result.Removed)
        {
            stdout.WriteLine($"removed {removed} (no longer part of the site)");
        }

        stdout.WriteLine($"Rebuilt {result.Files.Length} files (build {builds.Number}); open pages reload.");
    }

    private static bool IsWithin(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return string.Equals(full, prefix, comparison) || full.StartsWith(prefix + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>Ctrl+C, SIGTERM, SIGHUP (the terminal closed) and SIGQUIT, each where the platform has it.</summary>
    private sealed class SignalRegistrations : IDisposable
    {
        private readonly List<PosixSignalRegistration> registrations = [];

        public SignalRegistrations(Action<PosixSignalContext> handler)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
            {
                try
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, handler));
                }
                catch (PlatformNotSupportedException)
                {
                    // Not on this platform.
                }
            }
        }

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
