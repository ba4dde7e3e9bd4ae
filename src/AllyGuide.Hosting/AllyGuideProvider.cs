using System.Collections.Immutable;
using System.Threading.Channels;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AllyGuide.Hosting;

/// <summary>
/// Loads the guide, publishes it as an immutable snapshot, and reloads it when its folder or file provider changes:
/// once changes have stopped for <see cref="AllyGuideOptions.ReloadDelay"/>, the content is loaded, checked, and
/// every page rendered once in every locale and format; only then is the new snapshot swapped in, whole. A reload with
/// errors keeps the current snapshot and logs the diagnostics.
/// </summary>
internal sealed partial class AllyGuideProvider : IAllyGuideProvider, IDisposable
{
    private const int MaxAttempts = 3;

    private readonly AllyGuideOptions _options;
    private readonly ImmutableArray<IGuideFormatter> _formatters;
    private readonly ILogger _logger;
    private readonly string? _contentPath;
    private readonly string? _templatesPath;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<IDisposable> _watching = [];
    private AllyGuideSnapshot? _current;
    private CancellationTokenSource _published = new();
    private long _generation;
    private long _lastChange;
    private bool _started;

    public AllyGuideProvider(IOptions<AllyGuideOptions> options, IEnumerable<IGuideFormatter> formatters, IHostEnvironment? environment = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options.Value;
        _formatters = [.. _options.Formatters, .. formatters];
        _logger = (ILogger?)loggerFactory?.CreateLogger<AllyGuideProvider>() ?? NullLogger.Instance;
        var root = environment?.ContentRootPath ?? Directory.GetCurrentDirectory();
        _contentPath = string.IsNullOrWhiteSpace(_options.ContentPath) ? null : Path.GetFullPath(_options.ContentPath, root);
        _templatesPath = string.IsNullOrWhiteSpace(_options.TemplatesPath) ? null : Path.GetFullPath(_options.TemplatesPath, root);
    }

    /// <summary>True when the content can change while the host runs.</summary>
    private bool Reloadable => _options.FileProvider is not null || _contentPath is not null || _templatesPath is not null;

    public AllyGuideSnapshot Current => Volatile.Read(ref _current) ?? LoadFirst();

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _published).Token);

    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = await Task.Run(() => Build(cancellationToken), cancellationToken).ConfigureAwait(false);
            if (snapshot is null)
            {
                if (_current is { } kept)
                {
                    LogKept(_logger, kept.Version);
                }

                return false;
            }

            Publish(snapshot);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_watching)
        {
            foreach (var watch in _watching)
            {
                watch.Dispose();
            }

            _watching.Clear();
        }

        _stop.Dispose();
    }

    private AllyGuideSnapshot LoadFirst()
    {
        _gate.Wait();
        try
        {
            if (_current is { } current)
            {
                return current;
            }

            var snapshot = Build(CancellationToken.None)
                ?? throw new InvalidOperationException("The AllyGuide content could not be loaded; its diagnostics are logged under the category " + typeof(AllyGuideProvider).FullName + ".");
            Publish(snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Publish(AllyGuideSnapshot snapshot)
    {
        Volatile.Write(ref _current, snapshot);
        LogPublished(_logger, snapshot.Version, snapshot.Generation);
        var previous = Interlocked.Exchange(ref _published, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
        StartWatching();
    }

    /// <summary>Loads, checks and trial-renders the content; null (after logging why) when it cannot be published.</summary>
    private AllyGuideSnapshot? Build(CancellationToken cancellationToken)
    {
        var loadOptions = LoadOptions.Default with { MaxFileBytes = _options.MaxFileBytes ?? LoadOptions.Default.MaxFileBytes };
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var folder = _options.FileProvider is { } provider
                ? ContentFolder.FromSource(new FileProviderContentSource(provider, _contentPath ?? "content"))
                : _contentPath is { } path ? ContentFolder.FromDirectory(path) : ContentFolder.Embedded;
            var templatesSource = _templatesPath is { } templatesPath ? ContentSource.FromDirectory(templatesPath) : null;
            IContentSource[] sources = templatesSource is null ? [folder.Source] : [folder.Source, templatesSource];
            var before = ContentFingerprint.Of(sources, CodeIdentity(), loadOptions.MaxFileBytes, cancellationToken);
            var snapshot = TryLoad(folder, templatesSource, loadOptions, before, cancellationToken);
            if (snapshot is null || !Reloadable)
            {
                return snapshot;
            }

            if (ContentFingerprint.Of(sources, CodeIdentity(), loadOptions.MaxFileBytes, cancellationToken) == before)
            {
                return snapshot;
            }

            // The files changed while they were read: the guide may hold some old files and some new ones. Read again.
            LogChangedWhileLoading(_logger, attempt);
        }

        return null;
    }

    private AllyGuideSnapshot? TryLoad(ContentFolder folder, IContentSource? templatesSource, LoadOptions loadOptions, string fingerprint, CancellationToken cancellationToken)
    {
        var result = folder.TryLoad(loadOptions, cancellationToken);
        var templates = templatesSource is not null
            ? TemplateSet.Load(new TemplateOverlaySource(folder.Source, templatesSource), loadOptions)
            : folder.IsEmbedded ? TemplateSet.Embedded : TemplateSet.Load(folder.Source, loadOptions);
        var diagnostics = result.Diagnostics.AddRange(templates.Diagnostics);
        if (!result.Success || diagnostics.Any(d => d.IsError))
        {
            _logger.LogDiagnostics(diagnostics.Order(Diagnostic.FileOrder));
            return null;
        }

        var formatters = _options.Renderer.Formatters;
        foreach (var formatter in _formatters)
        {
            formatters = formatters.Set(formatter);
        }

        var rendererOptions = _options.Renderer with { Templates = templates, Formatters = formatters, Region = _options.Region ?? _options.Renderer.Region };
        if (!GuideRenderer.TryCreate(rendererOptions, out var renderer, out var templateDiagnostics))
        {
            _logger.LogDiagnostics(diagnostics.AddRange(templateDiagnostics).Order(Diagnostic.FileOrder));
            return null;
        }

        var guide = result.Guide;
        var defaultLocale = string.IsNullOrWhiteSpace(_options.DefaultLocale) ? guide.DefaultLocale : _options.DefaultLocale.Trim();
        if (!GuideLocales.TryMatch(guide, defaultLocale, out var matched))
        {
            LogUnknownLocale(_logger, defaultLocale, string.Join(", ", guide.Locales.Select(l => l.Code)));
            return null;
        }

        defaultLocale = matched;
        if (rendererOptions.Region is { } region && !guide.Localize().Crisis.IsKnownRegion(region))
        {
            LogUnknownRegion(_logger, region, string.Join(", ", guide.Localize().Crisis.Regions.Select(r => r.Id)));
            return null;
        }

        try
        {
            TrialRender(guide, renderer, cancellationToken);
        }
        catch (GuideTemplateException ex)
        {
            _logger.LogDiagnostics(diagnostics.AddRange(ex.Diagnostics).Order(Diagnostic.FileOrder));
            return null;
        }

        _logger.LogDiagnostics(diagnostics.Order(Diagnostic.FileOrder));
        return new AllyGuideSnapshot(guide, renderer, defaultLocale, fingerprint, Interlocked.Increment(ref _generation), Reloadable,
            [.. diagnostics], DateTimeOffset.UtcNow);
    }

    /// <summary>Renders every topic in every locale and format, and every page, into nothing: a snapshot that is published renders whole.</summary>
    private static void TrialRender(Guide guide, GuideRenderer renderer, CancellationToken cancellationToken)
    {
        foreach (var locale in guide.Locales)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var localized = guide.Localize(locale.Code);
            foreach (var topic in localized.Topics)
            {
                foreach (var formatter in renderer.Formatters)
                {
                    renderer.Render(topic, formatter.Format, TextWriter.Null);
                }
            }

            renderer.RenderIndexPage(localized, TextWriter.Null);
            renderer.RenderCrisisPage(localized, TextWriter.Null);
            renderer.RenderAboutPage(localized, TextWriter.Null);
            renderer.RenderSearchPage(localized, TextWriter.Null);
            renderer.RenderNotFoundPage(localized, TextWriter.Null);
        }
    }

    /// <summary>What else decides the output: the code of the library, this package and the host's formats, and the options.</summary>
    private IEnumerable<string> CodeIdentity() =>
        new[] { typeof(Guide), typeof(AllyGuideProvider) }.Concat(_formatters.Select(f => f.GetType()))
            .Select(t => t.FullName + "@" + t.Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Append("region:" + (_options.Region ?? _options.Renderer.Region))
            .Append("locale:" + _options.DefaultLocale)
            .Append("renderer:" + (_options.Renderer with { Templates = TemplateSet.Empty, Formatters = FormatterRegistry.Empty }));

    private void StartWatching()
    {
        if (_started || !_options.Watch || !Reloadable)
        {
            return;
        }

        _started = true;
        if (_options.FileProvider is { } host)
        {
            Watch(host, owned: false);
        }
        else if (_contentPath is not null)
        {
            WatchFolder(_contentPath);
        }

        if (_templatesPath is not null)
        {
            WatchFolder(_templatesPath);
        }

        _ = Task.Run(() => RunAsync(_stop.Token));
    }

    private void WatchFolder(string path)
    {
        try
        {
            Watch(new PhysicalFileProvider(path), owned: true);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            LogCannotWatch(_logger, path, ex.Message);
        }
    }

    private void Watch(IFileProvider provider, bool owned)
    {
        try
        {
            var registration = ChangeToken.OnChange(() => provider.Watch("**/*"), Changed);
            lock (_watching)
            {
                _watching.Add(registration);
                if (owned && provider is IDisposable disposable)
                {
                    _watching.Add(disposable);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            LogCannotWatch(_logger, provider.GetType().Name, ex.Message);
        }
    }

    private void Changed()
    {
        Interlocked.Exchange(ref _lastChange, Environment.TickCount64);
        _changes.Writer.TryWrite(true);
    }

    /// <summary>Reloads after each burst of changes, once they have stopped for the reload delay.</summary>
    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await _changes.Reader.ReadAsync(stop).ConfigureAwait(false);
                TimeSpan wait;
                while ((wait = TimeSpan.FromMilliseconds(Interlocked.Read(ref _lastChange) - Environment.TickCount64) + _options.ReloadDelay) > TimeSpan.Zero)
                {
                    await Task.Delay(wait, stop).ConfigureAwait(false);
                }

                // Changes up to now are in this load; any later one sets off the next.
                _changes.Reader.TryRead(out _);
                await ReloadAsync(stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while waiting.
        }
    }

    [LoggerMessage(EventId = 1000, EventName = "AllyGuidePublished", Level = LogLevel.Information, Message = "AllyGuide content {Version} published (snapshot {Generation}).")]
    private static partial void LogPublished(ILogger logger, string version, long generation);

    [LoggerMessage(EventId = 1001, EventName = "AllyGuideReloadRejected", Level = LogLevel.Error, Message = "The changed AllyGuide content has errors, so it was not published; {Version} is still served. The errors are logged above.")]
    private static partial void LogKept(ILogger logger, string version);

    [LoggerMessage(EventId = 1002, EventName = "AllyGuideChangedWhileLoading", Level = LogLevel.Information, Message = "AllyGuide content changed while it was being read (attempt {Attempt}); reading it again.")]
    private static partial void LogChangedWhileLoading(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1003, EventName = "AllyGuideUnknownLocale", Level = LogLevel.Error, Message = "AllyGuide:DefaultLocale '{Locale}' is not a locale the guide declares ({Locales}), nor a regional form of one.")]
    private static partial void LogUnknownLocale(ILogger logger, string locale, string locales);

    [LoggerMessage(EventId = 1004, EventName = "AllyGuideUnknownRegion", Level = LogLevel.Error, Message = "AllyGuide:Region '{Region}' is neither a crisis region of the guide ({Regions}) nor an ISO 3166 country code.")]
    private static partial void LogUnknownRegion(ILogger logger, string region, string regions);

    [LoggerMessage(EventId = 1005, EventName = "AllyGuideCannotWatch", Level = LogLevel.Warning, Message = "Cannot watch {Path} for changes ({Reason}); the guide is served without reloading.")]
    private static partial void LogCannotWatch(ILogger logger, string path, string reason);
}
