using System.Threading.Channels;

namespace AllyGuide.Cli.Preview;

/// <summary>
/// Watches the content folder, subfolders included, and calls for a rebuild once changes have stopped for a moment
/// (an editor's save is often several events). Hidden files and folders and editors' backup, swap and lock files are
/// ignored. A change during a rebuild sets off one more.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly string folder;
    private readonly FileSystemWatcher watcher;
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long lastChange;

    private ContentWatcher(string folder)
    {
        this.folder = folder;
        watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };

        // Events were lost (too many at once): rebuild to be safe.
        watcher.Error += (_, _) => Signal();
    }

    /// <summary>Starts watching <paramref name="folder"/>; null after printing why it cannot be watched.</summary>
    public static ContentWatcher? TryStart(string folder, TextWriter error)
    {
        try
        {
            var watcher = new ContentWatcher(folder);
            watcher.watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // For example the limit on inotify watches or instances is reached.
            error.WriteLine($"allyguide: warning: cannot watch '{folder}' for changes ({ex.Message}); serving without rebuilding. Restart serve to see changes.");
            return null;
        }
    }

    /// <summary>Calls <paramref name="rebuild"/> after each burst of changes, <paramref name="quiet"/> after its last one, until stopped.</summary>
    /// <remarks>Returns when <paramref name="stop"/> is cancelled, after any rebuild under way has finished.</remarks>
    public async Task RunAsync(Action rebuild, TimeSpan quiet, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await changes.Reader.ReadAsync(stop).ConfigureAwait(false);
                TimeSpan wait;
                while ((wait = TimeSpan.FromMilliseconds(Interlocked.Read(ref lastChange) - Environment.TickCount64) + quiet) > TimeSpan.Zero)
                {
                    await Task.Delay(wait, stop).ConfigureAwait(false);
                }

                // Changes up to now are in this build; any later one sets off the next.
                changes.Reader.TryRead(out _);
                rebuild();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        watcher.EnableRaisingEvents = false;
        watcher.Dispose();
    }

    private void Changed(string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var name = parts[^1];
        if (relative == "." || parts.Any(p => p.StartsWith('.'))
            || name.EndsWith('~') || name.StartsWith('#')
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Signal();
    }

    private void Signal()
    {
        Interlocked.Exchange(ref lastChange, Environment.TickCount64);
        changes.Writer.TryWrite(true);
    }
}
