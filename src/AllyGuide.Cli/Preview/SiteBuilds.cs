namespace AllyGuide.Cli.Preview;

/// <summary>
/// The number of the site being served, which pages poll to know when to reload, and whether a rebuild is under way.
/// Changed only by the one thread that rebuilds; read by any request.
/// </summary>
internal sealed class SiteBuilds
{
    private int number = 1;
    private volatile TaskCompletionSource idle = Idle();

    /// <summary>1 for the first build, one more for each rebuild that succeeded; a failed one leaves it.</summary>
    public int Number => Volatile.Read(ref number);

    public bool IsBuilding => !idle.Task.IsCompleted;

    public void Started() => idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Finished(bool succeeded)
    {
        if (succeeded)
        {
            Interlocked.Increment(ref number);
        }

        idle.TrySetResult();
    }

    /// <summary>Waits until no rebuild is under way, or the time is up.</summary>
    public async Task WhenIdle(TimeSpan timeout, CancellationToken cancellation)
    {
        try
        {
            await idle.Task.WaitAsync(timeout, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Serve what there is.
        }
    }

    private static TaskCompletionSource Idle()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
