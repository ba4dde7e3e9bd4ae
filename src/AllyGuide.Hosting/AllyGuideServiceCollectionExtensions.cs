using System.Globalization;
using AllyGuide.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AllyGuide in a service collection.</summary>
public static class AllyGuideServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAllyGuideProvider"/>: the guide as an immutable snapshot, loaded when the host starts (a host
    /// whose content has errors does not start) and reloaded when its folder changes. Options come from the
    /// configuration section <c>AllyGuide</c> when an <see cref="IConfiguration"/> is registered, then from
    /// <paramref name="configure"/>. Every <c>IGuideFormatter</c> in the collection is added to the formats.
    /// Diagnostics are logged with their codes.
    /// </summary>
    public static IServiceCollection AddAllyGuide(this IServiceCollection services, Action<AllyGuideOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AllyGuideOptions>, BindFromConfiguration>());
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IAllyGuideProvider, AllyGuideProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AllyGuideStartup>());
        return services;
    }

    /// <summary>
    /// Reads the <c>AllyGuide</c> section of the host's configuration, when it has one. Each setting is read by name
    /// rather than through the reflection binder, so the package stays trimming- and NativeAOT-safe; the properties
    /// that hold objects are set in code only.
    /// </summary>
    private sealed class BindFromConfiguration(IServiceProvider services) : IConfigureOptions<AllyGuideOptions>
    {
        private delegate bool Parser<T>(string text, out T value);

        public void Configure(AllyGuideOptions options)
        {
            if (services.GetService(typeof(IConfiguration)) is not IConfiguration configuration)
            {
                return;
            }

            var section = configuration.GetSection(AllyGuideOptions.SectionName);
            options.ContentPath = section[nameof(AllyGuideOptions.ContentPath)] ?? options.ContentPath;
            options.TemplatesPath = section[nameof(AllyGuideOptions.TemplatesPath)] ?? options.TemplatesPath;
            options.DefaultLocale = section[nameof(AllyGuideOptions.DefaultLocale)] ?? options.DefaultLocale;
            options.Region = section[nameof(AllyGuideOptions.Region)] ?? options.Region;
            options.Watch = Read(section, nameof(AllyGuideOptions.Watch), options.Watch, "true or false", bool.TryParse);
            options.ReloadDelay = Read(section, nameof(AllyGuideOptions.ReloadDelay), options.ReloadDelay, "a time span such as 00:00:00.300",
                (string text, out TimeSpan value) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value));
            options.MaxFileBytes = Read<int?>(section, nameof(AllyGuideOptions.MaxFileBytes), options.MaxFileBytes, "a whole number of bytes",
                (string text, out int? value) =>
                {
                    var parsed = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
                    value = parsed ? number : null;
                    return parsed;
                });
        }

        private static T Read<T>(IConfigurationSection section, string key, T current, string expected, Parser<T> parse)
        {
            var text = section[key];
            if (text is null)
            {
                return current;
            }

            return parse(text.Trim(), out var value)
                ? value
                : throw new InvalidOperationException($"Configuration value '{section.Path}:{key}' is '{text}'; it must be {expected}.");
        }
    }

    /// <summary>Loads the guide when the host starts, so content with errors stops the host instead of failing requests.</summary>
    private sealed class AllyGuideStartup(IAllyGuideProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = provider.Current;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
