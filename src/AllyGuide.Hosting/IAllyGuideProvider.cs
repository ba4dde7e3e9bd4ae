using Microsoft.Extensions.Primitives;

namespace AllyGuide.Hosting;

/// <summary>
/// The guide a host serves, as an immutable snapshot swapped whole when the content changes. Take
/// <see cref="Current"/> once per request or job and use that snapshot throughout. Registered by
/// <c>services.AddAllyGuide()</c> as a singleton.
/// </summary>
public interface IAllyGuideProvider
{
    /// <summary>The latest snapshot that loaded without errors. The first use loads the content.</summary>
    /// <exception cref="InvalidOperationException">The content could not be loaded the first time; its diagnostics are logged.</exception>
    AllyGuideSnapshot Current { get; }

    /// <summary>A token that fires when the next snapshot is published.</summary>
    IChangeToken GetChangeToken();

    /// <summary>
    /// Loads the content again now. Returns true when a new snapshot was published; false when the content has
    /// errors, in which case the current snapshot stays and the diagnostics are logged.
    /// </summary>
    Task<bool> ReloadAsync(CancellationToken cancellationToken = default);
}
